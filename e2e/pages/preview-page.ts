/** The live preview: the page document in its frame, its pages, zoom and the fixed lines it prints. */
import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import '../../src-renderer/page/page-api';
import type { FixedLine, FixedLineLabel } from '../../src-main/shared/layout';

/** Which elements of the page print each kind of fixed line (src-main/shared/layout/html). */
const FIXED_SELECTORS: [FixedLineLabel, string][] = [
  ['quoc-hieu', '.bc-quoc-hieu'],
  ['tieu-ngu', '.bc-tieu-ngu'],
  ['so', '.bc-number'],
  ['date', '.bc-date'],
  ['doc-type', '.bc-doc-type'],
  ['title', '.bc-summary'],
  ['kinh-gui', '.bc-kinh-gui .bc-lines'],
  ['heading', '.bc-heading'],
  ['noi-nhan-label', '.bc-noi-nhan .bc-lines:first-child'],
  ['noi-nhan', '.bc-noi-nhan .bc-lines:not(:first-child)'],
  ['authority', '.bc-authority'],
  ['signer-title', '.bc-signer-title'],
  ['signer-name', '.bc-signer-name'],
  ['appendix-label', '.bc-appendix-label'],
  ['appendix-title', '.bc-appendix-title'],
  ['appendix-reference', '.bc-appendix-reference'],
];

/** One laid-out page: the keys of the parts on it and its text. */
export interface PageContent {
  parts: string[];
  text: string;
}

/** In a page document: the content of each page shown (a string: evaluated in the frame or a page). */
export const PAGE_CONTENTS = `[...document.querySelectorAll('.bc-render:not([data-pending]) .pagedjs_page')].map((page) => {
  const content = page.querySelector('.pagedjs_page_content');
  return {
    parts: [...content.querySelectorAll('[data-part]')].map((el) => el.dataset.part),
    text: content.textContent.replace(/\\s+/g, ' ').trim(),
  };
})`;

export class PreviewPage {
  constructor(
    readonly page: Page,
    /** "preview" beside the editor, "revision-preview" for a past version. */
    readonly testId = 'preview',
  ) {}

  get root(): Locator {
    return this.page.getByTestId(this.testId);
  }

  get frame(): FrameLocator {
    return this.page.frameLocator(`[data-testid="${this.testId}-frame"]`);
  }

  /** The pages shown (not a pagination still being laid out in the background). */
  get pages(): Locator {
    return this.frame.locator('.bc-render:not([data-pending]) .pagedjs_page');
  }

  /** Elements of the shown pages matching `selector`. */
  shown(selector: string): Locator {
    return this.frame.locator(`.bc-render:not([data-pending]) .pagedjs_page_content ${selector}`);
  }

  get summary(): Locator {
    return this.shown('.bc-summary');
  }

  get headings(): Locator {
    return this.shown('.bc-heading');
  }

  /** The page document's frame, for evaluating in it (CDP, so its CSP does not stop us). */
  async pageFrame(): Promise<Frame> {
    const handle = await this.page.getByTestId(`${this.testId}-frame`).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no frame in ${this.testId}`);
    return frame;
  }

  /** Waits until the pages are laid out and no pagination is pending; returns their count. */
  async settled(): Promise<number> {
    await expect(this.pages.first()).toBeVisible({ timeout: 30_000 });
    const frame = await this.pageFrame();
    await frame.waitForFunction(() => Boolean(window.baocaoPreview));
    return frame.evaluate(async () => (await window.baocaoPreview!.settled()).pageCount);
  }

  /** Evaluates `expression` in the page document (its own window). */
  async evaluateInPage<T>(expression: string): Promise<T> {
    return (await this.pageFrame()).evaluate(expression) as Promise<T>;
  }

  /** What each shown page holds: the parts on it (their keys) and its text, in page order. */
  async pageContents(): Promise<PageContent[]> {
    return this.evaluateInPage<PageContent[]>(PAGE_CONTENTS);
  }

  /** The fixed lines the shown pages print, labelled like fixedLines(plan), in page order. */
  async fixedLines(): Promise<FixedLine[]> {
    const selectors = JSON.stringify(FIXED_SELECTORS);
    return this.evaluateInPage<FixedLine[]>(`(() => {
      const kinds = ${selectors};
      const root = document.querySelector('.bc-render:not([data-pending])');
      const found = [];
      for (const [label, selector] of kinds) {
        for (const el of root.querySelectorAll('.pagedjs_page_content ' + selector)) {
          if (el.dataset.splitFrom) continue;
          found.push({ el, label });
        }
      }
      found.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      return found.flatMap(({ el, label }) => el.innerText.split('\\n').map((t) => t.trim()).filter(Boolean).map((text) => ({ label, text })));
    })()`);
  }
}
