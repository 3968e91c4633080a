// @jsxRuntime automatic (tsx finds no tsconfig with "jsx" from the repository root; tsc and the bundle set it too)
import { severity, type Row } from '@latency-dash/protocol/live';
import { Text } from 'ink';
import { fitText, GAP, type TopColumn } from './table-layout.js';

const COLOUR = { ok: 'green', warn: 'yellow', bad: 'red' } as const;
/** The dashboard's non-colour cues, for terminals (and eyes) without colour. */
const CUE = { ok: ' ', warn: '▲', bad: '■' } as const;
const SPACER = ' '.repeat(GAP);

export interface HeaderRowProps {
  columns: readonly TopColumn[];
  sortId: string;
  sortDesc: boolean;
}

/** The column headers; the sort column's underlined, with its direction. */
export function HeaderRow({ columns, sortId, sortDesc }: HeaderRowProps) {
  return (
    <Text wrap="truncate">
      {columns.map((c, i) => {
        const sorted = c.id === sortId;
        const label = sorted ? `${c.header}${sortDesc ? '↓' : '↑'}` : c.header;
        // A latency header sits over the number, not over its cue.
        const text = c.latency ? `${fitText(label, c.width - 1, c.align)} ` : fitText(label, c.width, c.align);
        return (
          <Text key={c.id} bold={sorted} underline={sorted} dimColor={!sorted}>
            {i === 0 ? text : SPACER + text}
          </Text>
        );
      })}
    </Text>
  );
}

export interface RowsViewProps {
  rows: readonly Row[];
  columns: readonly TopColumn[];
  thresholdMs: number;
  warnPct: number;
  nowMs: number;
}

/** One line per row; latency cells coloured against the threshold, as in the dashboard. */
export function RowsView({ rows, columns, thresholdMs, warnPct, nowMs }: RowsViewProps) {
  return (
    <>
      {rows.map((r) => (
        <Text key={r.id} wrap="truncate">
          {columns.map((c, i) => {
            const spacer = i === 0 ? '' : SPACER;
            if (!c.latency) return spacer + fitText(c.text(r, nowMs), c.width, c.align);
            if (r.sampleCount === 0) return `${spacer}${fitText('–', c.width - 1, 'right')} `;
            const level = severity(r[c.id as keyof Row] as number, thresholdMs, warnPct);
            return (
              <Text key={c.id} color={COLOUR[level]}>
                {spacer + fitText(c.text(r, nowMs) + CUE[level], c.width, 'right')}
              </Text>
            );
          })}
        </Text>
      ))}
    </>
  );
}
