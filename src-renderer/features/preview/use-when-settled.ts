/** Waiting for the window to go quiet before starting work the clerk can wait for. */
import { useEffect, useState } from 'react';

/** True once `delayMs` have passed since mounting and the main thread is idle (or a second later at most). */
export function useWhenSettled(delayMs: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(() => setSettled(true), { timeout: 1000 });
      else setSettled(true);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [delayMs]);
  return settled;
}
