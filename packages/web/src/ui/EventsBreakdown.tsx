import { useMemo, useState } from 'react';
import type { Row } from '@latency-dash/protocol/live';
import { breakdown, defaultDimension, dimensionName, dimensionsOf, dimensionValue, parseDimension } from '../core/breakdown.js';
import { MetadataPie } from './MetadataPie.js';
import { TopBars } from './TopBars.js';

/** A pie reads up to this many slices; past it, bars. */
const PIE_SLICES = 8;
/** Bars shown: the largest groups, then "other (n)". */
const TOP_BARS = 10;

/**
 * Events per second broken down by a dimension the user picks (key, target,
 * or a metadata label in split view): a pie for a few groups, top-N bars
 * for many. `rows` change once a second (the tick), not every frame.
 */
/** `scope`: what the figures cover when it is not "now" (e.g. " — average over the range"). */
export function EventsBreakdown({ rows, theme, scope = '' }: { rows: readonly Row[]; theme: 'light' | 'dark'; scope?: string }) {
  const dimensions = useMemo(() => dimensionsOf(rows), [rows]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // The user's choice while the rows offer it (a label goes away when split view is left), else the default.
  const value = chosen !== undefined && dimensions.some((d) => dimensionValue(d) === chosen) ? chosen : dimensionValue(defaultDimension(dimensions));
  const result = useMemo(() => {
    const dimension = parseDimension(value);
    const few = breakdown(rows, dimension, PIE_SLICES);
    return few.groupCount <= PIE_SLICES ? few : breakdown(rows, dimension, TOP_BARS + 1);
  }, [rows, value]);
  const name = dimensionName(result.dimension);
  return (
    <figure className="panel breakdown">
      <figcaption>
        Events/s by{' '}
        <select
          className="input select inline"
          value={value}
          onChange={(e) => setChosen(e.target.value)}
          aria-label="Break events down by"
          title={dimensions.length === 2 ? 'Metadata labels are offered in split view (press s)' : undefined}
          data-testid="breakdown-by"
        >
          {dimensions.map((d) => (
            <option key={dimensionValue(d)} value={dimensionValue(d)}>
              {d.kind === 'label' ? `metadata: ${d.name}` : d.kind}
            </option>
          ))}
        </select>
        {result.groupCount > PIE_SLICES ? (
          <span className="muted">
            {' '}
            · top {TOP_BARS} of {result.groupCount}
          </span>
        ) : null}
        {scope}
      </figcaption>
      {result.groupCount > PIE_SLICES ? (
        <TopBars slices={result.slices} total={result.total} dimension={name} />
      ) : (
        <MetadataPie slices={result.slices} total={result.total} dimension={name} theme={theme} />
      )}
    </figure>
  );
}
