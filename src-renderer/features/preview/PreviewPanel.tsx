import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { defaultSettings, type Layout } from '@shared/domain/settings-schema';
import { useApi } from '../../lib/api-context';
import { useApiLoad } from '../../lib/use-api-load';
import type { BaocaoPreview, PreviewPart, PreviewZoom } from '../../page/page-api';
import { PAGE_PATH, previewOf, whenIdle } from './page-frame';

interface PreviewPanelProps {
  draft: Draft;
  /** Defaults to "Xem trước". */
  heading?: string;
  /** Defaults to "preview". */
  testId?: string;
  /** The part being edited: the pages scroll to it. */
  part?: PreviewPart | null;
  /** Shown between the heading and the pages, e.g. the actions on a revision. */
  children?: ReactNode;
}

/** How long an edit may wait for the editor to be idle before the preview takes it anyway. */
const IDLE_TIMEOUT_MS = 50;
const NOT_LOADED = 'Chưa mở được trang xem trước. Hãy tải lại ứng dụng.';

/**
 * The report as it prints, beside the fields: the page document (the print and PDF layout) in a
 * same-origin frame, following the edits without holding up typing, with zoom to the panel's
 * width or 100 %, and scrolled to the part being edited.
 */
export function PreviewPanel({ draft, heading = 'Xem trước', testId = 'preview', part = null, children }: PreviewPanelProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [preview, setPreview] = useState<BaocaoPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [zoom, setZoom] = useState<PreviewZoom>('fit-width');
  const [pageCount, setPageCount] = useState<number | null>(null);
  const api = useApi();
  const loadSettings = useCallback(() => api.getSettings({}), [api]);
  const { state } = useApiLoad(loadSettings);
  const layout: Layout | null = state.status === 'loaded' ? state.value.layout : state.status === 'failed' ? defaultSettings().layout : null;

  const onLoad = useCallback(() => {
    const frame = frameRef.current;
    if (!frame) return;
    void previewOf(frame).then((found) => {
      if (found) setPreview(found);
      else setProblem(NOT_LOADED);
    });
  }, []);

  // The latest edit, taken by one idle callback at a time: a burst of keystrokes costs one update.
  const latest = useRef<{ draft: Draft; layout: Layout } | null>(null);
  const scheduled = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    if (!preview || !layout) return;
    latest.current = { draft, layout };
    if (scheduled.current) return;
    scheduled.current = true;
    whenIdle(() => {
      scheduled.current = false;
      const input = latest.current;
      if (!input) return;
      preview.update(input).then(
        () => {
          if (alive.current) setProblem(null);
          return preview.settled().then(({ pageCount: n }) => alive.current && setPageCount(n));
        },
        (error: unknown) => alive.current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    }, IDLE_TIMEOUT_MS);
  }, [draft, layout, preview]);

  useEffect(() => {
    if (preview && part) preview.reveal(part);
  }, [preview, part]);
  useEffect(() => {
    preview?.setZoom(zoom);
  }, [preview, zoom]);

  return (
    <aside className="preview" data-testid={testId} aria-label={heading}>
      <div className="preview-bar">
        <h2 className="preview-heading">{heading}</h2>
        <span className="preview-pages muted" data-testid={`${testId}-pages`}>
          {pageCount ? `${pageCount} trang` : ''}
        </span>
        <div className="preview-zoom" role="group" aria-label="Thu phóng">
          <button type="button" className="btn btn-small" aria-pressed={zoom === 'fit-width'} data-testid={`${testId}-fit`} onClick={() => setZoom('fit-width')}>
            Vừa khung
          </button>
          <button type="button" className="btn btn-small" aria-pressed={zoom === 'actual'} data-testid={`${testId}-actual`} onClick={() => setZoom('actual')}>
            100 %
          </button>
        </div>
      </div>
      {children}
      {problem ? (
        <p className="error-text preview-problem" role="alert" data-testid={`${testId}-problem`}>
          {problem}
        </p>
      ) : null}
      <iframe
        ref={frameRef}
        className="preview-frame"
        src={PAGE_PATH}
        title={`${heading}: các trang như khi in`}
        sandbox="allow-scripts allow-same-origin"
        data-testid={`${testId}-frame`}
        onLoad={onLoad}
      />
    </aside>
  );
}
