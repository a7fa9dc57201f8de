/** Page object of the rich-text harness: its fields, the store behind them, paste and input methods. */
import type { CDPSession, Locator, Page } from '@playwright/test';
import type { HarnessDoc } from './main';

export type FieldName = 'body' | 'basis' | 'closing';

export class RichTextPage {
  constructor(readonly page: Page) {}

  /** The editable of a field. */
  field(name: FieldName): Locator {
    return this.page.getByTestId(name).locator('.ProseMirror');
  }

  /** A toolbar button by its Vietnamese name. */
  tool(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Định dạng văn bản' }).getByRole('button', { name, exact: true });
  }

  /** What the store holds. */
  doc(): Promise<HarnessDoc> {
    return this.page.evaluate(() => (window.harness as NonNullable<Window['harness']>).doc());
  }

  /** How many values the fields have emitted so far. */
  emits(): Promise<number> {
    return this.page.evaluate(() => (window.harness as NonNullable<Window['harness']>).emits());
  }

  /** Changes the store from outside the fields, as a check's fix does. */
  async replace(doc: Partial<HarnessDoc>): Promise<void> {
    await this.page.evaluate((d) => (window.harness as NonNullable<Window['harness']>).replace(d), doc);
  }

  /** Clicks into a field and puts the cursor at its very end. */
  async focusEnd(name: FieldName): Promise<void> {
    await this.field(name).click();
    await this.page.keyboard.press('Control+End');
  }

  /** Pastes clipboard flavours into the focused field, as the browser's paste event carries them. */
  async paste(name: FieldName, data: Record<string, string>): Promise<boolean> {
    return this.field(name).evaluate((el, flavours) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(flavours)) transfer.setData(type, value);
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    }, data);
  }

  /** An input method session over the Chrome DevTools Protocol (what Unikey/EVKey/the OS IME drive). */
  async ime(): Promise<Ime> {
    return new Ime(await this.page.context().newCDPSession(this.page));
  }
}

/** Sends composition updates and commits, as an IME does. */
export class Ime {
  constructor(private readonly cdp: CDPSession) {}

  /** The composition shows `text` (compositionstart/update, input events). */
  async compose(text: string): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Commits `text` and ends the composition (compositionend). */
  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /** Types a word the Telex way: each intermediate form as a composition update, then the commit. */
  async telex(steps: readonly string[]): Promise<void> {
    for (const step of steps) await this.compose(step);
    await this.commit(steps[steps.length - 1] ?? '');
  }
}
