import type { Verb } from '../verb.js';

// Every verb the command knows, in the order --help lists them. The first is the default (no verb = serve).
export const VERBS: readonly Verb[] = [];
