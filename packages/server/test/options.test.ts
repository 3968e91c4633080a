import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import { ManualClock } from '../src/clock.js';
import { DEFAULT_DEMO_TARGETS } from '../src/ingest/demo-targets.js';
import { runToEnd, type RunResult } from './helpers.js';
import { DEFAULT_OPTIONS, OPTION_LIST, optionsFromCli, OptionsError, readConfigFile, resolveOptions, usage } from '../src/options/index.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ld-options-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function configFile(content: unknown): string {
  const path = join(dir, `config-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The message optionsFromCli throws (an OptionsError), or a failure if it does not throw. */
function cliError(argv: string[], env: NodeJS.ProcessEnv = {}): string {
  try {
    optionsFromCli(argv, env);
  } catch (err) {
    assert.ok(err instanceof OptionsError, String(err));
    assert.ok(!err.message.includes('\n'), `one line: ${err.message}`);
    return err.message;
  }
  assert.fail(`accepted ${argv.join(' ')} ${JSON.stringify(env)}`);
}

test("today's flag and environment names are kept", () => {
  const expected: Record<string, [string, string]> = {
    port: ['port', 'PORT'],
    host: ['host', 'HOST'],
    demo: ['demo', 'DEMO'],
    windowSamples: ['window-samples', 'WINDOW_SAMPLES'],
    inactivityTimeoutMs: ['inactivity-timeout-ms', 'INACTIVITY_TIMEOUT_MS'],
    sweepIntervalMs: ['sweep-interval-ms', 'SWEEP_INTERVAL_MS'],
    readKeys: ['read-keys', 'READ_KEYS'],
    writeKeys: ['write-keys', 'WRITE_KEYS'],
    allowedOrigins: ['allowed-origins', 'ALLOWED_ORIGINS'],
    maxConnectionsPerAddress: ['max-connections-per-address', 'MAX_CONNECTIONS_PER_ADDRESS'],
    rateLimitPerMinute: ['rate-limit-per-minute', 'RATE_LIMIT_PER_MINUTE'],
    wsMessagesPerSecond: ['ws-messages-per-second', 'WS_MESSAGES_PER_SECOND'],
    alertWebhooks: ['alert-webhooks', 'ALERT_WEBHOOKS'],
    historyPath: ['history', 'HISTORY_PATH'],
    retentionPerSecondHours: ['retention-1s-hours', 'RETENTION_1S_HOURS'],
    retentionPerMinuteDays: ['retention-1m-days', 'RETENTION_1M_DAYS'],
    webDir: ['web-dir', 'WEB_DIR'],
    logLevel: ['log-level', 'LOG_LEVEL'],
    prettyLogs: ['pretty', 'LOG_PRETTY'],
  };
  const specs = new Map(OPTION_LIST);
  for (const [name, [flag, env]] of Object.entries(expected)) {
    assert.equal(specs.get(name as never)?.flag, flag, name);
    assert.equal(specs.get(name as never)?.env, env, name);
  }
});

test('the schema is consistent: defaults pass their own type, flags and environment names are unique', () => {
  const flags = new Set<string>();
  const envs = new Set<string>();
  for (const [name, spec] of OPTION_LIST) {
    assert.ok(Value.Check(spec.type, spec.default), `default of ${name}`);
    assert.equal(spec.refine?.(spec.default), undefined, `default of ${name}`);
    assert.deepEqual(DEFAULT_OPTIONS[name], spec.default);
    assert.ok(spec.help.length > 0 && !spec.help.includes('\n'), `help of ${name}`);
    assert.equal(spec.flag === undefined, spec.env === undefined, `${name}: a flag and an environment name, or neither`);
    if (spec.flag !== undefined) {
      assert.ok(!flags.has(spec.flag), `flag --${spec.flag} twice`);
      flags.add(spec.flag);
    }
    if (spec.env !== undefined) {
      assert.ok(!envs.has(spec.env), `env ${spec.env} twice`);
      envs.add(spec.env);
    }
  }
  // Only the structured settings are config-file only.
  assert.deepEqual(
    OPTION_LIST.filter(([, s]) => s.flag === undefined).map(([n]) => n),
    ['demoTargets', 'alertRules'],
  );
  assert.equal(DEFAULT_OPTIONS.demoTargets, DEFAULT_DEMO_TARGETS);
  assert.equal(DEFAULT_OPTIONS.prettyLogs, process.stdout.isTTY === true);
});

test('--help lists every setting with its flag, environment name, file name and default', () => {
  const text = usage();
  assert.match(text, /--config <file>/);
  assert.match(text, /LATENCY_DASH_CONFIG/);
  assert.match(text, /-h, --help/);
  for (const [name, spec] of OPTION_LIST) {
    assert.ok(text.includes(spec.help), `help line of ${name}`);
    assert.ok(text.includes(`"${name}"`), `file name of ${name}`);
    if (spec.flag === undefined) continue;
    const flag = typeof spec.default === 'boolean' ? `--[no-]${spec.flag}` : `--${spec.flag} <`;
    assert.ok(text.includes(flag), `flag of ${name}: ${flag}`);
    assert.ok(text.includes(`env ${spec.env},`), `env of ${name}`);
  }
  assert.equal(optionsFromCli(['--help'], {}), 'help');
  assert.equal(optionsFromCli(['-h', '--port', 'nonsense'], {}), 'help');
});

test('every flag and environment variable sets its setting (generated from the schema)', () => {
  // Settings whose values are a closed set or checked URLs: a value they take.
  const special: Record<string, [string, unknown]> = {
    otlpGrpcPort: ['4318', '4318'],
    otlpSpanKinds: ['client, producer,,', ['client', 'producer']],
    alertWebhooks: ['http://a.example/x, https://b.example/y,,', ['http://a.example/x', 'https://b.example/y']],
    redis: ['redis://10.0.0.9:6379', 'redis://10.0.0.9:6379'],
    clusterUrl: ['http://10.0.0.2:8080', 'http://10.0.0.2:8080'],
    clusterLeaseMs: ['700', 700],
    clusterRetentionMs: ['7000', 7000],
    clusterCheckpointMs: ['700', 700],
    postgresTimeoutMs: ['700', 700],
    postgresRulesRefreshMs: ['700', 700],
  };
  const sample = (name: string, d: unknown): [string, unknown] => {
    if (special[name]) return special[name];
    if (typeof d === 'number') return ['7', 7];
    if (Array.isArray(d)) return ['a, b,,', ['a', 'b']];
    if (typeof d === 'boolean') return [String(!d), !d];
    if (d === 'info') return ['debug', 'debug'];
    if (d === 'everysec') return ['always', 'always']; // walFsync: an enum
    if (d === 'off') return ['10.0.0.0/8', '10.0.0.0/8']; // trustProxy: a refined string
    return ['some-value', 'some-value'];
  };
  for (const [name, spec] of OPTION_LIST) {
    if (spec.flag === undefined || spec.env === undefined) continue;
    const [text, value] = sample(name, spec.default);
    const argv = typeof value === 'boolean' ? [value ? `--${spec.flag}` : `--no-${spec.flag}`] : [`--${spec.flag}`, text];
    assert.deepEqual((optionsFromCli(argv, {}) as Record<string, unknown>)[name], value, argv.join(' '));
    assert.deepEqual((optionsFromCli([], { [spec.env]: text }) as Record<string, unknown>)[name], value, `${spec.env}=${text}`);
  }
  // Nothing set: nothing returned, so the defaults apply.
  assert.deepEqual(optionsFromCli([], {}), {});
  // Blank environment values and blank lists count as unset.
  assert.deepEqual(optionsFromCli(['--read-keys', ' '], { PORT: '', READ_KEYS: '', HOST: '' }), {});
});

test('flags win over environment, which wins over the config file, which wins over the defaults', () => {
  const file = configFile({ port: 1111, demo: false, readKeys: ['file'], host: '10.0.0.1', logLevel: 'warn' });
  const env = { LATENCY_DASH_CONFIG: file, PORT: '2222', DEMO: 'true', READ_KEYS: 'env1,env2' };
  assert.deepEqual(optionsFromCli(['--port', '3333', '--no-demo', '--read-keys', 'flag'], env), {
    port: 3333,
    demo: false,
    readKeys: ['flag'],
    host: '10.0.0.1',
    logLevel: 'warn',
  });
  assert.deepEqual(optionsFromCli([], env), { port: 2222, demo: true, readKeys: ['env1', 'env2'], host: '10.0.0.1', logLevel: 'warn' });
  assert.deepEqual(optionsFromCli([], { LATENCY_DASH_CONFIG: file }), { port: 1111, demo: false, readKeys: ['file'], host: '10.0.0.1', logLevel: 'warn' });
  // --config wins over LATENCY_DASH_CONFIG.
  const other = configFile({ port: 4444 });
  assert.deepEqual(optionsFromCli(['--config', other], { LATENCY_DASH_CONFIG: file }), { port: 4444 });
  // And the defaults fill the rest.
  const resolved = resolveOptions(optionsFromCli([], { LATENCY_DASH_CONFIG: file }) as object);
  assert.equal(resolved.port, 1111);
  assert.equal(resolved.windowSamples, DEFAULT_OPTIONS.windowSamples);
});

test('a config file value of the wrong type is refused, naming the setting, what was given and what is expected', () => {
  const cases: [unknown, string][] = [
    [{ port: '8081' }, 'port must be an integer 0-65535, got the string "8081"'],
    [{ allowedOrigins: 'https://x' }, 'allowedOrigins must be a list of non-empty strings, got the string "https://x"'],
    [{ writeKeys: 'k' }, 'writeKeys must be a list of non-empty strings, got the string "k"'],
    [{ writeKeys: ['ok', 3] }, 'writeKeys[1] must be a non-empty string, got 3'],
    [{ port: 70000 }, 'port must be an integer 0-65535, got 70000'],
    [{ windowSamples: 0 }, 'windowSamples must be an integer 1-100000, got 0'],
    [{ inactivityTimeoutMs: -5 }, 'inactivityTimeoutMs must be an integer 1-2147483647, got -5'],
    [{ demo: 'yes' }, 'demo must be true or false, got the string "yes"'],
    [{ logLevel: 'loud' }, 'logLevel must be one of fatal, error, warn, info, debug, trace, silent, got the string "loud"'],
    [{ host: null }, 'host must be a non-empty string, got null'],
    [{ alertRules: { name: 'x' } }, 'alertRules must be a list of objects, got the object {"name":"x"}'],
    [{ alertRules: [{ name: 'x' }, 'y'] }, 'alertRules[1] must be an object, got the string "y"'],
    [{ demoTargets: 'staging' }, 'demoTargets must be a list of objects, got the string "staging"'],
    [{ demoTargets: [{ targetId: 't', keys: [] }] }, 'demoTargets[0]: t: keys must be a non-empty list of names'],
  ];
  for (const [content, message] of cases) {
    const path = configFile(content);
    assert.throws(() => readConfigFile(path), { name: 'OptionsError', message: `config file ${path}: ${message}` });
  }
  // Several problems: all of them, on one line.
  const path = configFile({ port: '1', host: 2 });
  assert.throws(() => readConfigFile(path), {
    message: `config file ${path}: port must be an integer 0-65535, got the string "1"; host must be a non-empty string, got 2`,
  });
});

test('a config file with an unknown setting is refused with the closest known name', () => {
  const cases: [string, string][] = [
    ['prot', 'port'],
    ['windowSample', 'windowSamples'],
    ['window_samples', 'windowSamples'],
    ['WINDOW_SAMPLES', 'windowSamples'],
    ['history', 'historyPath'],
    ['demotargets', 'demoTargets'],
  ];
  for (const [typed, meant] of cases) {
    const path = configFile({ [typed]: 1 });
    assert.throws(() => readConfigFile(path), { message: `config file ${path}: unknown setting "${typed}", did you mean "${meant}"?` });
  }
  const path = configFile({ colour: 'blue' });
  assert.throws(() => readConfigFile(path), { message: `config file ${path}: unknown setting "colour" (see --help for the settings)` });
});

test('a config file that is missing, not JSON, or not an object is refused', () => {
  assert.throws(() => readConfigFile(join(dir, 'missing.json')), /^OptionsError: cannot read config file .*missing\.json: ENOENT/);
  const notJson = configFile('{ port: 1 ');
  assert.throws(() => readConfigFile(notJson), { message: new RegExp(`^config file ${notJson} is not valid JSON: `) });
  const list = configFile([1]);
  assert.throws(() => readConfigFile(list), { message: `config file ${list} must hold a JSON object of settings, got the list [1]` });
  const ok = configFile({ demoTargets: DEFAULT_DEMO_TARGETS.slice(0, 1), alertRules: [{ anything: true }] });
  assert.deepEqual(readConfigFile(ok), { demoTargets: DEFAULT_DEMO_TARGETS.slice(0, 1), alertRules: [{ anything: true }] });
});

test('bad flag and environment values are refused, naming the flag or variable, the text and what is expected', () => {
  assert.equal(cliError(['--port', 'abc']), '--port must be an integer 0-65535, got "abc"');
  assert.equal(cliError(['--port', '1.5']), '--port must be an integer 0-65535, got "1.5"');
  assert.equal(cliError([], { PORT: '-1' }), 'environment variable PORT must be an integer 0-65535, got "-1"');
  assert.equal(cliError([], { DEMO: 'maybe' }), 'environment variable DEMO must be true or false, got "maybe"');
  assert.equal(cliError(['--log-level', 'loud']), '--log-level must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
  assert.equal(cliError(['--window-samples', '0']), '--window-samples must be an integer 1-100000, got "0"');
  assert.equal(cliError(['--host', '']), '--host must be a non-empty string, got ""');
  assert.equal(cliError(['--prot', '1']), 'unknown option --prot, did you mean --port? (see --help)');
  assert.equal(cliError(['--history-path', 'x']), 'unknown option --history-path, did you mean --history? (see --help)');
  assert.equal(cliError(['--bogus']), 'unknown option --bogus (see --help)');
  assert.match(cliError(['--port']), /^Option '--port <value>' argument missing \(see --help\)$/);
  assert.match(cliError(['--demo=false']), /^Option '--demo' does not take an argument \(see --help\)$/);
});

test('resolveOptions checks programmatic options with the same schema and fills the defaults', () => {
  assert.deepEqual(resolveOptions(), DEFAULT_OPTIONS);
  const clock = new ManualClock(0);
  const resolved = resolveOptions({ port: 0, webDir: undefined, clock, readKeys: ['k'] });
  assert.equal(resolved.port, 0);
  assert.equal(resolved.webDir, DEFAULT_OPTIONS.webDir);
  assert.equal(resolved.clock, clock);
  assert.deepEqual(resolved.readKeys, ['k']);
  assert.throws(() => resolveOptions({ port: 70000 }), { name: 'OptionsError', message: 'invalid settings: port must be an integer 0-65535, got 70000' });
  assert.throws(() => resolveOptions({ windowSamples: 1.5, stallTimeoutMs: 0 }), {
    message: 'invalid settings: windowSamples must be an integer 1-100000, got 1.5; stallTimeoutMs must be an integer 1-2147483647, got 0',
  });
  assert.throws(() => resolveOptions({ prot: 1 } as never), { message: 'invalid settings: unknown setting "prot", did you mean "port"?' });
  assert.throws(() => resolveOptions({ demoTargets: [{ ...DEFAULT_DEMO_TARGETS[0], minIntervalMs: 5, maxIntervalMs: 1 }] }), {
    message: 'invalid settings: demoTargets[0]: prod-us-east: minIntervalMs is above maxIntervalMs',
  });
});

/** Runs main.ts to its end. */
function runMain(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runToEnd(MAIN, args, env);
}

test('the server process refuses bad settings with one line on stderr and exit code 2', async () => {
  const bad = configFile({ port: '8081' });
  const cases: [string[], NodeJS.ProcessEnv, string | RegExp][] = [
    [['--config', bad], {}, `latency-dash: config file ${bad}: port must be an integer 0-65535, got the string "8081"`],
    [[], { LATENCY_DASH_CONFIG: configFile({ prot: 1 }) }, /^latency-dash: config file .*: unknown setting "prot", did you mean "port"\?$/],
    [['--port', 'eighty'], {}, 'latency-dash: --port must be an integer 0-65535, got "eighty"'],
    [[], { PORT: '-1' }, 'latency-dash: environment variable PORT must be an integer 0-65535, got "-1"'],
    [['--bogus'], {}, 'latency-dash: unknown option --bogus (see --help)'],
    [['--config', join(dir, 'missing.json')], {}, /^latency-dash: cannot read config file .*missing\.json: ENOENT/],
  ];
  for (const [args, env, expected] of cases) {
    const { code, stderr } = await runMain(args, env);
    assert.equal(code, 2, `${args.join(' ')} ${JSON.stringify(env)}: ${stderr}`);
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => !l.includes('ExperimentalWarning') && !l.includes('--trace-warnings'));
    assert.equal(lines.length, 1, stderr);
    if (typeof expected === 'string') assert.equal(lines[0], expected);
    else assert.match(lines[0], expected);
  }
});

test('the server process prints the generated help and exits 0', async () => {
  const { code, stdout } = await runMain(['--help']);
  assert.equal(code, 0);
  assert.equal(stdout, usage());
});
