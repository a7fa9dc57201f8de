/**
 * Browser-mode "In": the page document (`page/page.html`, same origin) is loaded in a hidden
 * iframe, lays the draft out, and the browser's own print dialog prints that frame, not the
 * editor around it. The draft goes in as a structured-cloned argument, never as markup.
 */
import type { Draft } from '@shared/domain/draft-schema';
import type { Layout } from '@shared/domain/settings-schema';
import type { BaocaoPage } from '../../page/page-api';

/** Relative to index.html, so it works under app:// and on the loopback server alike. */
export const PAGE_PATH = 'page/page.html';

const NOT_READY = 'Chưa mở được trang in của bản thảo. Hãy tải lại ứng dụng rồi thử lại.';

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(NOT_READY)), { once: true });
  });
}

async function pageApi(frame: HTMLIFrameElement): Promise<BaocaoPage> {
  for (let i = 0; i < 200; i++) {
    const page = frame.contentWindow?.baocaoPage;
    if (page && typeof page.render === 'function') return page;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(NOT_READY);
}

/** Lays the draft out in a hidden frame and opens the browser's print dialog on it. */
export async function printInBrowser(input: { draft: Draft; layout: Layout }): Promise<void> {
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.dataset.testid = 'print-frame';
  const ready = loaded(frame);
  frame.src = PAGE_PATH;
  document.body.append(frame);
  try {
    await ready;
    const { pageCount } = await (await pageApi(frame)).render(input);
    if (!(pageCount > 0)) throw new Error(NOT_READY);
    const view = frame.contentWindow;
    if (!view) throw new Error(NOT_READY);
    view.focus();
    // Blocks until the dialog closes in Chromium; the frame is removed right after.
    view.print();
  } finally {
    frame.remove();
  }
}
