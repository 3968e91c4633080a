import type { ConnectionState } from '@latency-dash/protocol/live';
import type { HealthLevel } from '@latency-dash/protocol/live';
import { ConnectionBadge } from './ConnectionBadge.js';
import { ServerBadge } from './ServerBadge.js';
import type { NotificationPermissionState } from './use-notification-permission.js';

export interface TopBarProps {
  state: ConnectionState;
  theme: 'light' | 'dark';
  notifyPermission: NotificationPermissionState;
  onRequestNotify: () => void;
  onAlerts: () => void;
  onToggleTheme: () => void;
  onHelp: () => void;
  server: { level: HealthLevel; warnings: number; open: boolean; onOpen: () => void };
}

/** Title, connection status, and the page-wide buttons. */
export function TopBar({ state, theme, notifyPermission, onRequestNotify, onAlerts, onToggleTheme, onHelp, server }: TopBarProps) {
  return (
    <header className="top">
      <h1>
        latency<span className="accent">·</span>dash
      </h1>
      <ConnectionBadge state={state} />
      <ServerBadge level={server.level} warnings={server.warnings} open={server.open} onOpen={server.onOpen} />
      <div className="spacer" />
      {notifyPermission === 'default' ? (
        <button type="button" className="btn subtle" onClick={onRequestNotify}>
          Enable alert notifications
        </button>
      ) : null}
      <button type="button" className="btn subtle" onClick={onAlerts} data-testid="alerts-open">
        Alerts{state.firingAlerts.length > 0 ? ` (${state.firingAlerts.length} firing)` : ''}
      </button>
      <button type="button" className="btn subtle" onClick={onToggleTheme} aria-label="Toggle dark mode" data-testid="theme-toggle">
        {theme === 'dark' ? '☀ Light' : '☾ Dark'}
      </button>
      <button type="button" className="btn subtle" onClick={onHelp} aria-label="Keyboard shortcuts" data-testid="help-open">
        ?
      </button>
    </header>
  );
}
