/**
 * The page document in a same-origin frame of the editor: it loads only the app's files (its
 * own CSP), lays the draft out with the print layout and exposes `baocaoPreview` (page-api.ts).
 */
import type { BaocaoPreview } from '../../page/page-api';
import { PAGE_PATH } from '../output/print-in-browser';

export { PAGE_PATH };

/** Waits for the frame's page to expose its preview interface; null when it never does. */
export async function previewOf(frame: HTMLIFrameElement, tries = 400): Promise<BaocaoPreview | null> {
  for (let i = 0; i < tries; i++) {
    const preview = frame.contentWindow?.baocaoPreview;
    if (preview && typeof preview.update === 'function') return preview;
    await new Promise((done) => setTimeout(done, 25));
  }
  return null;
}
