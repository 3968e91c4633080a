import { FirstEvent } from './FirstEvent.js';

/** The target a server without any is offered to create. */
export const FIRST_TARGET = 'my-service';

/** A server without targets: nothing to pick yet, so how to send the first event. */
export function NoTargets({ keyed }: { keyed: boolean }) {
  return (
    <section className="empty-state panel" data-testid="no-targets" aria-label="No data yet">
      <h2>No data yet</h2>
      <p>This server has no targets: a target appears with its first event, and this page shows it as soon as it arrives.</p>
      <FirstEvent targetId={FIRST_TARGET} keyed={keyed} />
    </section>
  );
}

/** A target in view with nothing to show (its series expired, or none yet). */
export function NoSeries({ targetId, keyed }: { targetId: string; keyed: boolean }) {
  return (
    <section className="empty-state panel" data-testid="no-series" aria-label="No series">
      <h2>{targetId} has no series right now</h2>
      <p>Series appear with their events and go after a while without any. Send one to see a row here:</p>
      <FirstEvent targetId={targetId} keyed={keyed} />
    </section>
  );
}

/**
 * A link naming targets this server does not have (mistyped, or not created
 * yet): which, the targets there are to pick instead, and how to create it.
 */
export function UnknownTargets({
  unknown,
  available,
  onPick,
  keyed,
}: {
  unknown: string[];
  available: string[];
  onPick: (targetId: string) => void;
  keyed: boolean;
}) {
  const names = unknown.map((t) => `“${t}”`).join(', ');
  return (
    <section className="empty-state panel" data-testid="unknown-target" role="alert">
      <h2>No target {names} on this server</h2>
      {available.length > 0 ? (
        <div className="pick">
          <span>Show one it has instead:</span>
          {available.slice(0, 12).map((t) => (
            <button key={t} type="button" className="btn chip" onClick={() => onPick(t)} data-testid={`pick-${t}`}>
              {t}
            </button>
          ))}
          {available.length > 12 ? <span className="muted">… and {available.length - 12} more in the target menu</span> : null}
        </div>
      ) : (
        <p>The server has no targets at all yet.</p>
      )}
      <p className="muted">Or create it: a target appears with its first event.</p>
      <FirstEvent targetId={unknown[0]} keyed={keyed} />
    </section>
  );
}
