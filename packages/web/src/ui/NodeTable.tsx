import { formatDuration } from '@latency-dash/protocol';
import { bytes, ms, rate } from '@latency-dash/protocol/live';
import type { NodeStats } from '@latency-dash/protocol/live';

/** Every node that reported lately, one row each (alone, the one row is this server). */
export function NodeTable({ nodes, thisNode }: { nodes: NodeStats[]; thisNode: string }) {
  return (
    <table className="rules node-table" aria-labelledby="server-nodes-title">
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Version</th>
          <th scope="col">Uptime</th>
          <th scope="col">CPU</th>
          <th scope="col">RSS</th>
          <th scope="col">Loop p99</th>
          <th scope="col">WebSockets</th>
          <th scope="col">Viewers</th>
          <th scope="col">Events/s</th>
          <th scope="col">Owned targets</th>
          <th scope="col">History</th>
          <th scope="col">WAL</th>
          <th scope="col">Warnings</th>
        </tr>
      </thead>
      <tbody>
        {nodes.map(({ nodeId, latest: s, warnings }) => (
          <tr key={nodeId} data-testid="node-row" data-node={nodeId}>
            <th scope="row">
              {nodeId}
              {nodeId === thisNode ? <span className="muted"> (this connection)</span> : null}
            </th>
            <td>{s.version}</td>
            <td>{formatDuration(s.uptimeS)}</td>
            <td className="num">{s.cpuPercent.toFixed(0)}%</td>
            <td className="num">{bytes(s.rssBytes)}</td>
            <td className="num">{ms(s.loopDelayP99Ms)} ms</td>
            <td className="num">{s.wsConnections}</td>
            <td className="num">{s.viewers}</td>
            <td className="num">{rate(s.eventsAccepted.perSecond)}</td>
            <td className="num">{s.ownedTargets}</td>
            <td>{s.historyState}</td>
            <td>{s.walState}</td>
            <td className={warnings.some((w) => w.level === 'bad') ? 'bad' : warnings.length > 0 ? 'warn' : ''}>{warnings.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
