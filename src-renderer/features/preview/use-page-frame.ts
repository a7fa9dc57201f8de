/**
 * The page document's frame in the preview: found once it has loaded, and given each new page
 * document as it comes (the patch of a paragraph takes a few milliseconds; measured, holding it
 * for the next animation frame made both the keystrokes and the preview later), with the page
 * count once the pages are laid out.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { PageDocument } from '@shared/layout/html';
import type { BaocaoPreview } from '../../page/page-api';
import { previewOf } from './page-frame';

const NOT_LOADED = 'Chưa mở được trang xem trước. Hãy tải lại ứng dụng.';

export interface PageFrame {
  frameRef: RefObject<HTMLIFrameElement | null>;
  /** The frame's interface once it has loaded. */
  preview: BaocaoPreview | null;
  onLoad: () => void;
  /** Shows a page document (before the frame has loaded: the latest one given, once it has). */
  show: (doc: PageDocument) => void;
  /** Why the frame shows nothing, if it cannot. */
  problem: string | null;
  /** Pages laid out, once they are. */
  pageCount: number | null;
}

/** The frame and what it shows. */
export function usePageFrame(): PageFrame {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [preview, setPreview] = useState<BaocaoPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const loaded = useRef<BaocaoPreview | null>(null);
  const waiting = useRef<PageDocument | null>(null);
  const show = useCallback((doc: PageDocument) => {
    const frame = loaded.current;
    if (!frame) {
      waiting.current = doc;
      return;
    }
    waiting.current = null;
    frame.show(doc).then(
      () => {
        if (alive.current) setProblem(null);
        return frame.settled().then(({ pageCount: n }) => alive.current && setPageCount(n));
      },
      (error: unknown) => alive.current && setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  const onLoad = useCallback(() => {
    const frame = frameRef.current;
    if (!frame) return;
    void previewOf(frame).then((found) => {
      if (!alive.current) return;
      if (!found) return setProblem(NOT_LOADED);
      loaded.current = found;
      setPreview(found);
      if (waiting.current) show(waiting.current);
    });
  }, [show]);

  return { frameRef, preview, onLoad, show, problem, pageCount };
}
