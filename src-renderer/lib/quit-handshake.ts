/** Lets main wait for the renderer's last save before the app quits (the Fiddle quit handshake). */
import { onBeforeQuit } from './api';
import { flushPendingSave } from './pending-save';

/** Subscribes to main's before-quit event (a no-op over HTTP); returns the unsubscribe. */
export function registerQuitHandshake(): () => void {
  return onBeforeQuit(() => flushPendingSave());
}
