import { errorsMarkdown } from '@latency-dash/protocol';
import { usage } from '../options/index.js';

/** Each generated page by its path in the repository. */
export function generatedPages(): Record<string, string> {
  return {
    'docs/errors.md': errorsMarkdown(),
    'docs/settings.md': [
      '# Settings',
      '',
      'Generated from `packages/server/src/options/options-schema.ts` by `npm run docs` (the same text as `latency-dash --help`); a test fails when this page is stale.',
      '',
      '```',
      usage().trimEnd(),
      '```',
      '',
    ].join('\n'),
  };
}
