/**
 * Runs work once the frame being prepared has been painted: in the task after the next
 * animation frame. What a keystroke sets going that the clerk does not see in its own letter
 * (the preview's layout) then starts after the letter is on screen, rather than sharing the two
 * cores with the frame that paints it. A hidden page paints no frames, so there (and where there
 * is no animation frame at all) the work runs in the next task.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) work();
  };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  const nextTask = () => channel.port2.postMessage(null);
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') nextTask();
  else requestAnimationFrame(nextTask);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
