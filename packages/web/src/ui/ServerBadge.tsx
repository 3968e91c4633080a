import type { HealthLevel } from '@latency-dash/protocol/live';

const TEXT: Record<HealthLevel, string> = { none: 'no data', ok: 'ok', warn: 'warning', bad: 'trouble' };

/** "Server" in the header: the server's own health at a glance (colour and words), and the button to its panel. */
export function ServerBadge({ level, warnings, open, onOpen }: { level: HealthLevel; warnings: number; open: boolean; onOpen: () => void }) {
  const words = warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : TEXT[level];
  return (
    <button
      type="button"
      className={`btn subtle server-badge ${level}`}
      onClick={onOpen}
      aria-haspopup="dialog"
      aria-expanded={open}
      title="The server's own health, live (h)"
      data-testid="server-open"
      data-level={level}
    >
      <span className={`dot health-${level}`} aria-hidden />
      {/* Named by its text, "Server health: ok", so the name holds what is shown (a label over it would not). */}
      Server<span className="sr-only"> health:</span> <span className="muted">{words}</span>
    </button>
  );
}
