import { CONFIG_ENV, CONFIG_FLAG, GROUPS, OPTION_LIST, type OptionName, type OptionSpec } from './options-schema.js';
import { isBooleanOption } from './parse-options.js';

/** How `--help` spells a setting's flag: `--port <n>`, `--[no-]demo`, or its config-file name. */
export function flagText(name: OptionName, spec: OptionSpec): string {
  if (spec.flag === undefined) return `"${name}"`;
  if (isBooleanOption(spec)) return `--[no-]${spec.flag}`;
  return `--${spec.flag} ${spec.arg ?? placeholder(spec)}`;
}

function placeholder(spec: OptionSpec): string {
  const s = spec.type as { type?: string; enum?: unknown[] };
  if (s.enum) return '<value>';
  if (s.type === 'integer' || s.type === 'number') return '<n>';
  if (s.type === 'array') return '<a,b>';
  return '<text>';
}

function defaultText(spec: OptionSpec): string {
  if (spec.defaultText !== undefined) return spec.defaultText;
  const value: unknown = spec.default;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(',');
  return String(value);
}

function helpText(spec: OptionSpec): string {
  const values = (spec.type as { enum?: unknown[] }).enum;
  return values ? `${spec.help}: ${values.join('|')}` : spec.help;
}

/** The `--help` text, generated from the options schema. */
export function usage(): string {
  const sections: [string, [string, string, string?][]][] = [
    [
      'General',
      [
        [`--${CONFIG_FLAG} <file>`, 'JSON config file: an object of the settings below by their "file" names', `env ${CONFIG_ENV}`],
        ['-h, --help', 'show this help'],
      ],
    ],
  ];
  for (const [group, title] of Object.entries(GROUPS)) {
    const rows: [string, string, string][] = [];
    for (const [name, spec] of OPTION_LIST) {
      if (spec.group !== group) continue;
      const where = spec.env === undefined ? 'config file only' : `env ${spec.env}, file "${name}"`;
      rows.push([flagText(name, spec), helpText(spec), `${where}, default ${defaultText(spec)}`]);
    }
    if (rows.length > 0) sections.push([title, rows]);
  }
  const width = Math.max(...sections.flatMap(([, rows]) => rows.map(([left]) => left.length))) + 2;
  const line = (left: string, right: string) => `  ${left.padEnd(width)}${right}`;
  const body = sections.map(([title, rows]) =>
    [title, ...rows.flatMap(([left, help, where]) => (where === undefined ? [line(left, help)] : [line(left, help), line('', where)]))].join('\n'),
  );
  return `latency-dash server

Usage: latency-dash [serve] [options]

Flags win over environment variables, which win over the config file; then the defaults.
Lists are comma-separated in flags and environment, JSON arrays in the config file.

${body.join('\n\n')}
`;
}
