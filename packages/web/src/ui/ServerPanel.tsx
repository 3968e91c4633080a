import { formatDuration, type StatsWarning } from '@latency-dash/protocol';
import { ago, type ServerStatsLog } from '@latency-dash/protocol/live';
import { NodeTable } from './NodeTable.js';
import { Modal } from './Modal.js';
import { ServerCards } from './ServerCards.js';

export interface ServerPanelProps {
  log: ServerStatsLog;
  /** The node this page is connected to (its cards are shown). */
  serverId: string;
  nowMs: number;
  onClose: () => void;
}

/**
 * The server's own health, live: warnings, one card per figure with its
 * last five minutes, and a row per node. A modal <dialog>: the browser
 * keeps focus inside it and closes it on Esc; focus goes back to whatever
 * opened it.
 */
export function ServerPanel({ log, serverId, nowMs, onClose }: ServerPanelProps) {
  const nodes = log.live(nowMs);
  const node = nodes.find((n) => n.nodeId === serverId) ?? nodes[0];
  return (
    <Modal labelledBy="server-panel-title" className="server-panel" testId="server-panel" onClose={onClose}>
      <div className="dialog wide">
        <h2 id="server-panel-title">Server health</h2>
        {node === undefined ? (
          <p className="muted" data-testid="server-no-data">
            No figures from the server in the last few seconds: they come once a second over the WebSocket (not while polling).
          </p>
        ) : (
          <>
            <p className="muted" data-testid="server-summary">
              Node <strong>{node.nodeId}</strong> · version {node.latest.version} · up {formatDuration(node.latest.uptimeS)} · sample {node.latest.seq},{' '}
              {ago(node.receivedAtMs, nowMs)} · the same figures as <code>/metrics</code>
            </p>
            <Warnings warnings={node.warnings} />
            <ServerCards node={node} />
          </>
        )}
        <h3 id="server-nodes-title">Nodes</h3>
        <NodeTable nodes={nodes} thisNode={serverId} />
        <button data-autofocus type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function Warnings({ warnings }: { warnings: StatsWarning[] }) {
  if (warnings.length === 0) {
    return (
      <p className="server-ok" data-testid="server-warnings" data-count={0}>
        <span aria-hidden>✓ </span>No warnings: no limit refusing events, history written, event loop under 50 ms.
      </p>
    );
  }
  return (
    <ul className="server-warnings" aria-label="Warnings" data-testid="server-warnings" data-count={warnings.length}>
      {warnings.map((w) => (
        <li key={w.kind} className={w.level} data-kind={w.kind}>
          <span aria-hidden>{w.level === 'bad' ? '✖ ' : '⚠ '}</span>
          {w.text}
        </li>
      ))}
    </ul>
  );
}
