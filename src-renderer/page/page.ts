/**
 * Entry of the page document: `window.baocaoPage.render` for print and PDF, and
 * `window.baocaoPreview` for the editor's live preview (see page-api.ts for the contract).
 */
import { PageController } from './page-controller';
import type { BaocaoPage } from './page-api';
import { loadFonts } from './paginate';
import { installPreview } from './preview-mode';

// Fetched now, while the caller is still preparing its input; pagination waits for them.
loadFonts().catch(() => undefined);

const stage = document.getElementById('bc-stage');
if (!stage) throw new Error('Trang in thiếu khung #bc-stage');
const controller = new PageController(stage);

// Chromium lays a printed document out for the screen again between its print passes and after
// them, each time as long as a print pass. Pages laid out by render() exist to be printed (their
// window is never looked at and is closed after printing), so once printing starts screen.css
// leaves them out of the screen layout for good. The preview's pages are never printed.
window.addEventListener('beforeprint', () => {
  if (controller.current?.forPrint) document.documentElement.dataset.printing = 'true';
});

const page: BaocaoPage = {
  render: (input) => controller.renderNow(input),
};
window.baocaoPage = Object.freeze(page);
installPreview(controller);
document.documentElement.dataset.ready = 'true';
