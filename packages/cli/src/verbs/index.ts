import type { Verb } from '../verb.js';
import { loadVerb } from './load.js';
import { sendVerb } from './send.js';

// Every verb the command knows, in the order --help lists them. The first is the default (no verb = serve).
export const VERBS: readonly Verb[] = [sendVerb, loadVerb];
