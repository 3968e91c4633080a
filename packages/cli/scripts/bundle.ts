/**
 * Bundles the `latency-dash` command (CLI + server + protocol, from their
 * TypeScript sources) into packages/cli/dist/latency-dash.js (ESM) and the
 * chunks it loads on use:
 * the root package's bin, which works in a checkout and from `npm pack`'s
 * tarball, where no workspace package exists. npm packages stay external
 * (better-sqlite3 is native; the rest install with the package), and the
 * build fails unless the root package.json lists exactly those, with the
 * ranges the workspace packages declare.
 *
 * Files the code reads beside itself (the dashboard's build, the vendored
 * OTLP protos) are found through `import.meta.url`: in the bundle each
 * source file's `import.meta.url` is the URL that file has in the package,
 * so `new URL('../../proto/otlp/', import.meta.url)` means the same folder
 * in a checkout, in the bundle, and in an installed tarball.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT_DIR = join(ROOT, 'packages/cli/dist');
const ENTRY = 'latency-dash';
const BUILTINS = new Set(builtinModules);
/** Packages loaded by name at run time, which no import shows: they must be dependencies all the same. */
const LOADED_BY_NAME: Record<string, string> = { 'pino-pretty': 'the log transport for --pretty' };

/** Every bare import outside the workspace stays an import. */
const externals: Plugin = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@latency-dash/') ? undefined : { path: args.path, external: true }));
  },
};

/** `import.meta.url` of a bundled source file = that file's URL in the package (see the top of this file). */
const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|js)$/ }, (args) => {
      if (args.path.split(sep).includes('node_modules')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const path = relative(ROOT, args.path).split(sep).join('/');
      return {
        contents: text.replaceAll('import.meta.url', `__ldSourceUrl(${JSON.stringify(path)})`),
        loader: extname(args.path).slice(1) as 'ts' | 'tsx' | 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

// Chunks are named by their hash: old ones would otherwise pile up and ship.
rmSync(OUT_DIR, { recursive: true, force: true });
const result = await build({
  entryPoints: { [ENTRY]: join(ROOT, 'packages/cli/src/main.ts') },
  outdir: OUT_DIR,
  // What a verb loads on use (the server for serve, ink for top) goes into chunks beside the entry, loaded by
  // import() when that verb runs: one file would load every dependency for every verb (ink alone takes ~1 s).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  jsx: 'automatic',
  metafile: true,
  logLevel: 'warning',
  plugins: [externals, sourceUrls],
  // The package's root: where packages/cli/dist/ (the entry's folder, and its chunks' parent) is.
  banner: {
    js: "const __ldSourceUrl = (path) => new URL(path, import.meta.url.slice(0, import.meta.url.lastIndexOf('/packages/cli/dist/') + 1)).href;",
  },
});

checkDependencies(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`bundled ${relative(ROOT, OUT_DIR)}/${ENTRY}.js and ${Object.keys(result.metafile.outputs).length - 1} chunks (${(bytes / 1000).toFixed(0)} kB)`);

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The root package.json's "dependencies" must be exactly the bundle's npm imports, at the workspace packages' ranges. */
function checkDependencies(imports: string[]): void {
  const needed = new Set(imports.filter((p) => !p.startsWith('node:') && !BUILTINS.has(p)).map(packageName));
  const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { dependencies?: Record<string, string> };
  const declared = read('package.json').dependencies ?? {};
  const workspaces = ['protocol', 'server', 'cli'].map((p) => read(`packages/${p}/package.json`).dependencies ?? {});
  const problems: string[] = [];
  for (const name of [...needed].sort()) {
    const ranges = new Set(workspaces.map((d) => d[name]).filter((r) => r !== undefined));
    if (!(name in declared)) problems.push(`${name} is imported by the bundle but not in the root package.json's dependencies`);
    else if (ranges.size > 0 && !ranges.has(declared[name]))
      problems.push(`${name}: the root asks for ${declared[name]}, the workspace packages for ${[...ranges].join(' / ')}`);
  }
  for (const name of Object.keys(LOADED_BY_NAME)) needed.add(name);
  for (const name of Object.keys(declared))
    if (!needed.has(name)) problems.push(`${name} is in the root package.json's dependencies but the bundle does not import it`);
  if (problems.length > 0) {
    console.error(`bundle: the root package.json does not match the bundle:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}
