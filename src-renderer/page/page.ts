/**
 * Entry of the page document: `window.baocaoPage.render` for print and PDF, and
 * `window.baocaoPreview` for the editor's live preview (see page-api.ts for the contract).
 */
import { PageController } from './page-controller';
import type { BaocaoPage } from './page-api';
import { installPreview } from './preview-mode';

const stage = document.getElementById('bc-stage');
if (!stage) throw new Error('Trang in thiếu khung #bc-stage');
const controller = new PageController(stage);

const page: BaocaoPage = {
  render: (input) => controller.renderNow(input),
};
window.baocaoPage = Object.freeze(page);
installPreview(controller);
document.documentElement.dataset.ready = 'true';
