import type { Verb } from '../verb.js';
import { bench } from './bench.js';
import { loadVerb } from './load.js';
import { sendVerb } from './send.js';
import { serve } from './serve.js';
import { top } from './top.js';

// Every verb the command knows, in the order --help lists them. The first is the default (no verb = serve).
export const VERBS: readonly Verb[] = [serve, sendVerb, loadVerb, bench, top];
