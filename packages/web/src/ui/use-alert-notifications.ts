import { useEffect, useEffectEvent } from 'react';
import type { AlertInfo, Connection } from '@latency-dash/protocol/live';
import type { NotificationPermissionState } from './use-notification-permission.js';

/** Browser notifications for alert changes, when the user allowed them. */
export function useAlertNotifications(connection: Connection, permission: NotificationPermissionState): void {
  // The permission of the latest render, without subscribing again when it changes.
  const notify = useEffectEvent((changes: AlertInfo[]) => {
    if (permission !== 'granted') return;
    for (const c of changes.slice(0, 3)) {
      new Notification(`latency-dash: ${c.ruleName} ${c.state}`, {
        body: `${c.targetId}/${c.key} ${c.metric} = ${c.value.toFixed(1)}`,
        tag: `${c.ruleId}|${c.targetId}|${c.key}`,
      });
    }
  });
  useEffect(() => connection.onAlertChanges((changes) => notify(changes)), [connection]);
}
