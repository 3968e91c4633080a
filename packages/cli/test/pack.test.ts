/**
 * What a user gets from `npm pack`: the tarball installs into an empty
 * folder (offline, from the npm cache `npm ci` filled), `npx latency-dash`
 * works there without any workspace package, the dashboard's built files
 * and the server's run-time files are in it, and `serve` answers /health
 * and shuts down cleanly on SIGTERM. Slow by nature: the pack builds
 * everything (about a minute on this machine).
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { listening } from './listening.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ld-pack-'));
const packDir = join(work, 'pack');
const app = join(work, 'app');
let tarball: string | undefined;

after(() => rmSync(work, { recursive: true, force: true }));

/**
 * The environment for a nested npm: without what `npm test` sets for its
 * own script (the project's prefix, its package fields), which would make
 * the nested npm act on this repository instead of the folder it runs in.
 */
function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^npm_(lifecycle|package)_/.test(name) || ['npm_command', 'npm_config_local_prefix', 'npm_config_allow_scripts', 'INIT_CWD'].includes(name))
      delete env[name];
  }
  return env;
}

async function npm(args: string[], cwd: string, env = npmEnv()): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * better-sqlite3's install script (prebuild-install, else a node-gyp
 * compile of SQLite: one to three minutes on this machine, beyond a test
 * file's five) gets the addon this checkout built, as a local prebuild in
 * the file name and layout it downloads from GitHub elsewhere. The install
 * script still runs; only the compile is saved. Without a built addon here
 * the install compiles.
 */
async function localSqlitePrebuild(): Promise<Record<string, string>> {
  const pkg = join(ROOT, 'node_modules/better-sqlite3');
  if (!existsSync(join(pkg, 'build/Release/better_sqlite3.node'))) return {};
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const dir = join(work, 'prebuilds');
  mkdirSync(dir, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  await promisify(execFile)('tar', ['-czf', join(dir, name), '-C', pkg, 'build/Release/better_sqlite3.node']);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

test('npm pack builds and packs the bundled command, the dashboard, the OTLP protos, and no sources', async () => {
  mkdirSync(packDir, { recursive: true });
  await npm(['pack', '--pack-destination', packDir], ROOT);
  const found = readdirSync(packDir).filter((f) => /^latency-dash-.*\.tgz$/.test(f));
  assert.equal(found.length, 1, `one tarball in ${packDir}: ${found.join(', ')}`);
  tarball = join(packDir, found[0]);
  const { stdout } = await promisify(execFile)('tar', ['-tzf', tarball], { encoding: 'utf8' });
  const files = stdout.split('\n').filter(Boolean);
  for (const wanted of [
    'package/package.json',
    'package/packages/cli/dist/latency-dash.js',
    'package/packages/web/dist/index.html',
    'package/packages/server/proto/otlp/opentelemetry/proto/collector/trace/v1/trace_service.proto',
    // The server reads its version from it (server/src/version.ts).
    'package/packages/server/package.json',
  ]) {
    assert.ok(files.includes(wanted), `${wanted} is in the tarball`);
  }
  assert.ok(
    files.some((f) => f.startsWith('package/packages/cli/dist/chunks/')),
    'the chunks the verbs load on use',
  );
  assert.deepEqual(
    files.filter((f) => /\/src\/|\.ts$|\/test\//.test(f)),
    [],
    'no sources or tests',
  );
});

/** npx in the install folder, never installing what it does not find there (npm_config_yes=false). */
async function npx(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)('npx', args, { cwd: app, env: { ...npmEnv(), npm_config_yes: 'false' }, encoding: 'utf8' });
}

test('the tarball installs into an empty folder, and npx latency-dash answers --help, refuses bench, and serves /health until SIGTERM', async () => {
  assert.ok(tarball, 'the pack test made a tarball');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ld-pack-check', version: '1.0.0', private: true }));
  const install = ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'];
  const env = { ...npmEnv(), ...(await localSqlitePrebuild()) };
  try {
    await npm([...install, '--offline'], app, env);
  } catch (err) {
    // Something the cache lacks (ENOTCACHED): let npm fetch just that.
    if (!/ENOTCACHED|offline/i.test(String((err as { stderr?: string }).stderr ?? err))) throw err;
    await npm([...install, '--prefer-offline'], app, env);
  }

  const help = await npx(['latency-dash', '--help']);
  assert.match(help.stdout, /^latency-dash \d+\.\d+\.\d+: real-time latency monitoring/);
  assert.match(help.stdout, /^ {2}serve /m);

  const bench = await npx(['latency-dash', 'bench']).then(
    () => assert.fail('bench ran without the suite'),
    (err: { code?: number; stderr?: string }) => err,
  );
  assert.equal(bench.code, 2);
  assert.match(bench.stderr ?? '', /latency-dash bench: the benchmark suite is not part of this install/);

  // The bin npx ran above, itself (npx does not pass SIGTERM on to what it runs).
  const child = spawn(join(app, 'node_modules/.bin/latency-dash'), ['serve', '--port', '0', '--host', '127.0.0.1', '--no-demo', '--history', ':memory:'], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'close') as Promise<[number | null]>;
  const { url: listeningAt, output } = listening(child);
  const url = await listeningAt;
  try {
    const health = await fetch(`${url}/health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { status: string }).status, 'ok');
    const page = await fetch(`${url}/`);
    assert.match(await page.text(), /<div id="root">/, 'the dashboard is served from the package');
    // The OTLP decoder reads the vendored protos beside the bundle: an empty export is answered by it.
    const otlp = await fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"resourceSpans":[]}' });
    assert.equal(otlp.status, 200, await otlp.text());
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = await exited;
  assert.equal(code, 0, output());
});
