// @vitest-environment happy-dom
/** Work set going by a keystroke waits for the frame that paints it, unless no frame will come. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

const nextTask = () => new Promise<void>((done) => setTimeout(done, 5));

describe('afterPaint', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the work in a task after the next animation frame, not before', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const work = vi.fn();
    afterPaint(work);
    await nextTask();
    expect(work).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    frames[0]?.(performance.now());
    expect(work).not.toHaveBeenCalled(); // not inside the frame itself
    await nextTask();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, even after the frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const work = vi.fn();
    const cancel = afterPaint(work);
    cancel();
    frames[0]?.(performance.now());
    await nextTask();
    expect(work).not.toHaveBeenCalled();
  });

  it('runs in the next task when the page is hidden (no frame would come)', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const work = vi.fn();
    afterPaint(work);
    await nextTask();
    expect(work).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });
});
