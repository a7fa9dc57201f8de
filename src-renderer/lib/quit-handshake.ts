/** Lets main wait for the renderer's last save before the app quits (the Fiddle quit handshake). */
import { flushPendingSave } from './pending-save';

/** Subscribes to main's before-quit event when the preload offers it; returns the unsubscribe. */
export function registerQuitHandshake(): () => void {
  const events = window.baocaoEvents;
  if (!events) return () => {};
  return events.onBeforeQuit(() => flushPendingSave());
}
