/**
 * Writes the generated documentation pages from their declarations:
 * docs/errors.md (the error registry) and docs/settings.md (the options
 * schema). `npm run docs`; a test fails when a page is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedPages } from '../packages/server/src/docs/generated-pages.js';

for (const [path, text] of Object.entries(generatedPages())) {
  writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), text);
  console.log(`wrote ${path}`);
}
