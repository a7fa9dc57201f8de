import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Draft } from '@shared/domain/draft-schema';
import { defaultSettings, type Layout } from '@shared/domain/settings-schema';
import { useApi } from '../../lib/api-context';
import { useApiLoad } from '../../lib/use-api-load';
import type { PreviewPart, PreviewZoom } from '../../page/page-api';
import { PAGE_PATH } from './page-frame';
import { usePageDocuments } from './use-page-documents';
import { usePageFrame } from './use-page-frame';
import { useWhenSettled } from './use-when-settled';

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

/** How long after the panel appears the frame starts loading, if the editor is idle by then. */
const FRAME_AFTER_MS = 250;

/**
 * The report as it prints, beside the fields: the page document (the print and PDF layout) in a
 * same-origin frame, following the edits without holding up typing, with zoom to the panel's
 * width or 100 %, and scrolled to the part being edited.
 */
export function PreviewPanel({ draft, heading = 'Xem trước', testId = 'preview', part = null, children }: PreviewPanelProps) {
  const [zoom, setZoom] = useState<PreviewZoom>('fit-width');
  const api = useApi();
  const loadSettings = useCallback(() => api.getSettings({}), [api]);
  const { state } = useApiLoad(loadSettings);
  const layout = useMemo((): Layout | null => (state.status === 'loaded' ? state.value.layout : state.status === 'failed' ? defaultSettings().layout : null), [state]);

  const { frameRef, preview, onLoad, show, problem: frameProblem, pageCount } = usePageFrame();
  // The frame loads the page document (its script, fonts, then the first layout of the pages) and
  // the worker starts once the editor has shown its fields and gone quiet: on two cores, neither
  // takes time from the editor's first view, and the clerk can read and type from the start.
  const frameWanted = useWhenSettled(FRAME_AFTER_MS);
  const draftProblem = usePageDocuments(draft, frameWanted ? layout : null, show);
  const problem = frameProblem ?? draftProblem;

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
      {frameWanted ? (
        <iframe
          ref={frameRef}
          className="preview-frame"
          src={PAGE_PATH}
          title={`${heading}: các trang như khi in`}
          sandbox="allow-scripts allow-same-origin"
          data-testid={`${testId}-frame`}
          onLoad={onLoad}
        />
      ) : (
        <div className="preview-frame" aria-hidden="true" />
      )}
    </aside>
  );
}
