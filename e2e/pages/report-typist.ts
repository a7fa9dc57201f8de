/**
 * A clerk writing a whole report in the guided editor, step by step, from what a draft says:
 * every character is typed (plain runs through `keyboard.insertText`, which goes through the
 * field's own input handling), structure is made with keys (Enter, "- ", Tab, Ctrl+B/I/U,
 * Ctrl+Alt+F) and buttons, never by loading the draft into the store.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Block, Draft, Inline, Section, TextRun } from '../../src-main/shared/domain/draft-schema';
import type { EditorPage } from './editor-page';

type Flag = 'bold' | 'italic' | 'underline';
const FLAG_KEYS: Record<Flag, string> = { bold: 'Control+B', italic: 'Control+I', underline: 'Control+U' };
const FLAGS = Object.keys(FLAG_KEYS) as Flag[];

/** What a top-level textblock of a rich-text field is: a paragraph, or an item with its marker. */
type Kind = 'paragraph' | '-' | '+';
const kindOf = (block: Block): Kind => {
  if (block.type === 'table') throw new Error('ReportTypist does not type tables (richtext.spec.ts builds one)');
  return block.type === 'bullet' ? block.marker : 'paragraph';
};

export class ReportTypist {
  constructor(readonly editor: EditorPage) {}

  get page(): Page {
    return this.editor.page;
  }

  /**
   * Replaces what a text box holds by typing `text` (left alone when it holds that already);
   * `\n` is typed as Enter, for the multi-line boxes.
   */
  async retype(control: Locator, text: string): Promise<void> {
    if ((await control.inputValue()) === text) return;
    await control.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      if (line) await this.page.keyboard.insertText(line);
    }
    await expect(control).toHaveValue(text);
  }

  /**
   * Types runs at the caret: bold, italic and underline toggled with their shortcuts as they
   * change, `\n` as Shift+Enter, a footnote through its dialog (Ctrl+Alt+F, text, Ctrl+Enter).
   * Ends with every format off, as the next block starts.
   */
  async typeInlines(runs: readonly Inline[]): Promise<void> {
    const on: Record<Flag, boolean> = { bold: false, italic: false, underline: false };
    const setFlags = async (run: Partial<Record<Flag, boolean | undefined>>) => {
      for (const flag of FLAGS) {
        if (Boolean(run[flag]) !== on[flag]) {
          await this.page.keyboard.press(FLAG_KEYS[flag]);
          on[flag] = !on[flag];
        }
      }
    };
    for (const run of runs) {
      if (run.type === 'footnote') {
        await setFlags({});
        await this.insertFootnote(run.content);
        continue;
      }
      await setFlags(run);
      for (const [i, line] of run.text.split('\n').entries()) {
        if (i > 0) await this.page.keyboard.press('Shift+Enter');
        if (line) await this.page.keyboard.insertText(line);
      }
    }
    await setFlags({});
  }

  /** Ctrl+Alt+F at the caret, the footnote's text typed in the dialog, Ctrl+Enter to insert it. */
  async insertFootnote(content: readonly TextRun[]): Promise<void> {
    const dialog = this.page.getByTestId('footnote-dialog');
    await this.page.keyboard.press('Control+Alt+F');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[contenteditable="true"]')).toBeFocused();
    await this.typeInlines(content);
    await this.page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
  }

  /**
   * Types blocks into an empty rich-text field, as a clerk does: Enter after each block, "- " or
   * "+ " at the start of a paragraph to make an item, Tab/Shift+Tab to switch an item's marker,
   * Enter on an empty item to end the list.
   */
  async typeBlocks(field: Locator, blocks: readonly Block[]): Promise<void> {
    await field.click();
    await this.page.keyboard.press('Control+End');
    await expect(field, 'the field starts empty').toHaveText('');
    let current: Kind = 'paragraph';
    for (const [i, block] of blocks.entries()) {
      const kind = kindOf(block);
      if (i > 0) await this.page.keyboard.press('Enter');
      if (current !== 'paragraph' && kind === 'paragraph') await this.page.keyboard.press('Enter');
      else if (current === 'paragraph' && kind !== 'paragraph') await this.page.keyboard.type(`${kind} `);
      else if (current !== kind && kind !== 'paragraph') await this.page.keyboard.press(kind === '+' ? 'Tab' : 'Shift+Tab');
      current = kind;
      if (block.type !== 'table') await this.typeInlines(block.content);
    }
  }

  /** Step 1: agencies, number and symbol, place and date, and the marks of ô 13. */
  async typeHeader({ header, marks }: Draft): Promise<void> {
    const { editor } = this;
    await editor.goTo('header');
    await editor.unfoldAll();
    for (const name of ['parentAgency', 'issuingAgency', 'number', 'typeAbbr', 'agencyAbbr', 'extraGroup', 'place'] as const) {
      await this.retype(editor.field(name), header[name]);
    }
    await editor.field('month').selectOption(header.date.month === null ? '' : String(header.date.month));
    await editor.field('day').selectOption(header.date.day === null ? '' : String(header.date.day));
    await this.retype(editor.field('year'), String(header.date.year));
    for (const name of ['urgency', 'secrecy', 'circulation'] as const) await editor.field(name).selectOption(marks[name]);
    await editor.field('draftMark').setChecked(marks.draftMark);
    await this.retype(editor.field('addressLine'), marks.addressLine);
  }

  /** Adds one line per item with "+ Thêm …" and types it; the list starts empty. */
  async typeLines(testId: string, lines: readonly string[]): Promise<void> {
    for (const [i, line] of lines.entries()) {
      await this.page.getByTestId(`btn-add-${testId}`).click();
      await this.retype(this.page.getByTestId(`${testId}-${i}`), line);
    }
  }

  /** Step 2: trích yếu, Kính gửi and the opening. */
  async typeOpening(draft: Draft): Promise<void> {
    await this.editor.goTo('opening');
    await this.retype(this.editor.field('title'), draft.title);
    await this.typeLines('kinhgui', draft.kinhGui);
    await this.typeBlocks(this.editor.opening, draft.opening);
  }

  /**
   * Step 3: numbering, then the section tree reshaped from whatever the template gave: a section
   * renamed where one stands, added with Enter in the title above (or "+ Mục con" / "+ Thêm mục"
   * for the first of a level), the extra ones deleted, and each section's content typed.
   */
  async typeContent(draft: Draft): Promise<void> {
    await this.editor.goTo('content');
    await this.editor.field('outlineStart').selectOption(draft.outlineStart);
    await this.editor.field('partStyle').selectOption(draft.partStyle);
    await this.typeSections(draft.sections, []);
  }

  private async typeSections(sections: readonly Section[], parent: number[]): Promise<void> {
    const { editor } = this;
    const key = (i: number) => [...parent, i].join('.');
    for (const [i, section] of sections.entries()) {
      const path = key(i);
      if ((await editor.section(path).count()) === 0) {
        if (i > 0) {
          await editor.sectionTitle(key(i - 1)).focus();
          await this.page.keyboard.press('Enter');
        } else if (parent.length > 0) {
          await editor.addChildSection(parent.join('.'));
        } else {
          await editor.addSection();
        }
        await expect(editor.sectionTitle(path)).toBeFocused();
      }
      await this.retype(editor.sectionTitle(path), section.title);
      await editor.section(path).getByTestId(`section-unnumbered-${path}`).setChecked(section.numbered === false);
      if (section.numbered !== false) await this.retype(this.page.getByTestId(`section-number-${path}`), section.numberOverride ?? '');
      if (section.blocks.length > 0) await this.typeBlocks(editor.content(path), section.blocks);
      await this.typeSections(section.children, [...parent, i]);
    }
    while ((await editor.section(key(sections.length)).count()) > 0) await editor.deleteSection(key(sections.length));
  }

  /** Step 4: the closing sentence, Nơi nhận and "Lưu: VT, …", ô 12. */
  async typeClosing(draft: Draft): Promise<void> {
    const { editor } = this;
    await editor.goTo('closing');
    await editor.unfoldAll();
    await editor.field('closing').click();
    await this.page.keyboard.press('Control+End');
    await this.typeInlines(draft.closing);
    await this.typeLines('noinhan', draft.noiNhan.recipients);
    await this.retype(editor.field('archive'), draft.noiNhan.archive);
    await this.retype(editor.field('drafterCode'), draft.drafter.code);
    await this.retype(editor.field('copies'), draft.drafter.copies === null ? '' : String(draft.drafter.copies));
  }

  /** Step 5: the authority lines (main prefix, then one above it), the signer's title and name. */
  async typeSigner({ signer }: Draft): Promise<void> {
    const { editor } = this;
    await editor.goTo('signer');
    const main = signer.authority.at(-1);
    await editor.field('signerPrefix').selectOption(main?.prefix ?? '');
    if (main) await this.retype(editor.field('authorityTitle'), main.title);
    if (signer.authority.length > 1) {
      const upper = signer.authority[0];
      await this.page.getByTestId('btn-add-upper').click();
      await editor.field('upperPrefix').selectOption(upper?.prefix ?? '');
      await this.retype(editor.field('upperTitle'), upper?.title ?? '');
    }
    await this.retype(editor.field('signerTitle'), signer.title);
    await this.retype(editor.field('signerName'), signer.name);
  }

  /** Every step in order, then waits until the autosave has stored it. */
  async typeDraft(draft: Draft): Promise<void> {
    if (draft.appendices.length > 0) throw new Error('ReportTypist does not type appendices');
    await this.typeHeader(draft);
    await this.typeOpening(draft);
    await this.typeContent(draft);
    await this.typeClosing(draft);
    await this.typeSigner(draft);
    await this.editor.expectSaved();
  }
}
