/** The one sender check every IPC entry point applies: only our window's main frame, on our page. */
import type { IpcMainEvent, WebFrameMain } from 'electron';
import { isAppUrl } from '../app/security-settings';

/** Decides whether an IPC message (an invoke or a one-way event) comes from our own renderer. */
export type SenderCheck = (event: Pick<IpcMainEvent, 'senderFrame'>) => boolean;

/**
 * Trusts a message only when its frame is the current main frame of our window, still attached,
 * and showing the app's own page: subframes, other windows, other pages and gone frames are refused.
 */
export function createSenderCheck(mainFrame: () => WebFrameMain | null | undefined, devServerUrl: string | undefined): SenderCheck {
  return (event) => {
    try {
      const frame = event.senderFrame;
      if (!frame || frame.isDestroyed() || frame.detached) return false;
      const expected = mainFrame();
      if (!expected || frame !== expected || frame.parent !== null) return false;
      return isAppUrl(frame.url, devServerUrl);
    } catch {
      // A disposed frame (or a destroyed window) throws on access: such a sender is never trusted.
      return false;
    }
  };
}
