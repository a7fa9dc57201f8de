// @vitest-environment happy-dom
/**
 * Figures of last period highlighted in a field until the clerk touches them ("Dùng cho kỳ
 * mới"): where they show, what goes and what stays after typing, formatting, a value from
 * outside or "Đã rà soát xong", that the document and the emitted value never carry the
 * highlight, and that the figures reported after a change find their text again when the field
 * is opened anew (a step change, a reload).
 */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { valueAt } from '@shared/domain/checks/draft-edit';
import type { Block, Inline, TextRun } from '@shared/domain/draft-schema';
import { REVIEW_FIGURE_HINT, type ReviewHighlight } from './extensions';
import { RichInlineField } from './RichInlineField';
import type { FieldFigure } from './review-positions';
import { editorIn, last, mount, mountField, press, run, type, type Mounted } from './test-support';

const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const t = (text: string, bold?: true): TextRun => (bold ? { type: 'text', text, bold } : { type: 'text', text });

/** The figures of `text` in the run at `at`, as "Dùng cho kỳ mới" lists them. */
function figuresOf(text: string, at: FieldFigure['at'], ...figures: string[]): FieldFigure[] {
  return figures.map((figure) => {
    const start = text.indexOf(figure);
    if (start < 0) throw new Error(`no ${figure} in ${text}`);
    return { at, start, end: start + figure.length, text: figure };
  });
}

/** A review highlight over `figures` that records what the field reports and can clear. */
function reviewOf(figures: FieldFigure[]) {
  const reports: FieldFigure[][] = [];
  const clears = new Set<() => void>();
  const review: ReviewHighlight = {
    figures: () => figures,
    onChange: (left) => reports.push(left),
    subscribe: (clear) => {
      clears.add(clear);
      return () => clears.delete(clear);
    },
  };
  return { review, reports, clearAll: () => run(() => [...clears].forEach((clear) => clear())), listeners: () => clears.size };
}

const highlighted = (container: HTMLElement) => [...container.querySelectorAll('mark.rt-review-figure')].map((m) => m.textContent);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function caretAt(m: Mounted, pos: number) {
  const editor = m.editor();
  run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos))));
  return editor;
}

/** The document position of `text` in the field (its first character). */
function posOf(m: Mounted | Editor, text: string): number {
  const editor = 'container' in m ? m.editor() : m;
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + (node.text.indexOf(text) ?? 0);
  });
  if (found < 0) throw new Error(`no ${text}`);
  return found;
}

const OPENING = 'Tiếp nhận 3.658 hồ sơ, đạt 99,8% so với năm 2023.';

describe('figures to review in a field', () => {
  it('are highlighted with a visible, described mark, and the document and value stay plain', () => {
    const { review, reports } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '3.658', '99,8%', '2023'));
    mounted = mountField([p(t(OPENING))], { review });
    expect(highlighted(mounted.container)).toEqual(['3.658', '99,8%', '2023']);
    const mark = mounted.container.querySelector('mark.rt-review-figure');
    expect(mark?.getAttribute('title')).toBe(REVIEW_FIGURE_HINT);
    expect(mark?.getAttribute('aria-description')).toBe(REVIEW_FIGURE_HINT);
    // Decorations only: the document holds no mark, nothing is emitted, nothing reported.
    expect(JSON.stringify(mounted.editor().getJSON())).not.toContain('review');
    expect(mounted.emitted).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('lose their highlight one by one as the clerk types in them; the others stay and follow the text', () => {
    const { review, reports } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '3.658', '99,8%', '2023'));
    mounted = mountField([p(t(OPENING))], { review });
    const editor = caretAt(mounted, posOf(mounted, '3.658') + 5);
    type(editor, '9');
    expect(highlighted(mounted.container)).toEqual(['99,8%', '2023']);
    // Typing at the start of the text moves the figures left; they stay highlighted.
    caretAt(mounted, 1);
    type(editor, 'Đã ');
    expect(highlighted(mounted.container)).toEqual(['99,8%', '2023']);
    const value = last(mounted);
    expect(value).toEqual([p(t(`Đã ${OPENING.replace('3.658', '3.6589')}`))]);
    const left = reports[reports.length - 1] ?? [];
    expect(left.map((f) => f.text)).toEqual(['99,8%', '2023']);
    for (const f of left) expect((valueAt(value, f.at) as string).slice(f.start, f.end)).toBe(f.text);
  });

  it('lose their highlight when deleted, replaced or formatted, not when the clerk works beside them', () => {
    const { review } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '3.658', '99,8%', '2023'));
    mounted = mountField([p(t(OPENING)), p(t('Đoạn sau.'))], { review });
    const editor = mounted.editor();
    // Bold on a word before the figures: nothing of them changes.
    const word = posOf(mounted, 'hồ sơ');
    run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, word, word + 5))));
    press(editor, 'b', { ctrl: true });
    expect(highlighted(mounted.container)).toEqual(['3.658', '99,8%', '2023']);
    // Bold on a figure is touching it.
    const year = posOf(mounted, '2023');
    run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, year, year + 4))));
    press(editor, 'b', { ctrl: true });
    expect(highlighted(mounted.container)).toEqual(['3.658', '99,8%']);
    // A paragraph typed in below them leaves them.
    caretAt(mounted, posOf(mounted, 'Đoạn sau.') + 9);
    type(editor, ' Thêm.');
    expect(highlighted(mounted.container)).toEqual(['3.658', '99,8%']);
    // Deleted with the text around it.
    const share = posOf(mounted, 'đạt 99,8%');
    run(() => editor.view.dispatch(editor.state.tr.delete(share, share + 'đạt 99,8%'.length)));
    expect(highlighted(mounted.container)).toEqual(['3.658']);
  });

  it('report their place in the new value after formatting splits the run they are in', () => {
    const { review, reports } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '99,8%'));
    mounted = mountField([p(t(OPENING))], { review });
    const editor = mounted.editor();
    const word = posOf(mounted, 'Tiếp nhận');
    run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, word, word + 9))));
    press(editor, 'b', { ctrl: true });
    const value = last(mounted);
    expect(value[0]).toEqual(p(t('Tiếp nhận', true), t(OPENING.slice(9))));
    const [figure] = reports[reports.length - 1] ?? [];
    expect(figure?.at).toEqual([0, 'content', 1, 'text']);
    expect((valueAt(value, figure?.at ?? []) as string).slice(figure?.start, figure?.end)).toBe('99,8%');
  });

  it('follow a value from outside: an undo that replaces a figure’s text removes it, one elsewhere keeps it', () => {
    const { review } = reviewOf([
      ...figuresOf('Năm 2023 có 12 đợt.', [0, 'content', 0, 'text'], '2023', '12'),
      ...figuresOf('Chi 450 triệu đồng.', [1, 'content', 0, 'text'], '450'),
    ]);
    mounted = mountField([p(t('Năm 2023 có 12 đợt.')), p(t('Chi 450 triệu đồng.'))], { review });
    mounted.setValue([p(t('Năm 2023 có 12 đợt.')), p(t('Chi 500 triệu đồng.'))]);
    expect(highlighted(mounted.container)).toEqual(['2023', '12']);
    mounted.setValue([p(t('Đầu năm 2023 có 12 đợt.')), p(t('Chi 500 triệu đồng.'))]);
    expect(highlighted(mounted.container)).toEqual(['2023', '12']);
  });

  it('show in tables, items and footnotes, and skip a figure whose text is gone', () => {
    const table: Block = {
      type: 'table',
      columnWidths: [1, 1],
      headerRows: 1,
      rows: [{ cells: [{ paragraphs: [[t('Chỉ tiêu')]] }, { paragraphs: [[t('Năm 2023')]] }] }, { cells: [{ paragraphs: [[t('Hồ sơ')]] }, { paragraphs: [[t('Tổng'), t(' 1.250', true)]] }] }],
    };
    const blocks: Block[] = [
      { type: 'bullet', marker: '-', content: [t('Tổ chức 06 hội nghị')] },
      table,
      p(t('Theo số liệu'), { type: 'footnote', content: [t('Cục Thống kê, năm 2023')] }),
    ];
    const { review, reports } = reviewOf([
      ...figuresOf('Tổ chức 06 hội nghị', [0, 'content', 0, 'text'], '06'),
      ...figuresOf(' 1.250', [1, 'rows', 1, 'cells', 1, 'paragraphs', 0, 1, 'text'], '1.250'),
      ...figuresOf('Năm 2023', [1, 'rows', 0, 'cells', 1, 'paragraphs', 0, 0, 'text'], '2023'),
      ...figuresOf('Cục Thống kê, năm 2023', [2, 'content', 1, 'content', 0, 'text'], '2023'),
      // Last period's text already changed before the field opened.
      { at: [0, 'content', 0, 'text'], start: 0, end: 3, text: '999' },
    ]);
    mounted = mountField(blocks, { review });
    expect(highlighted(mounted.container)).toEqual(['06', '2023', '1.250']);
    const footnote = mounted.container.querySelector('.rt-footnote');
    expect(footnote?.classList.contains('rt-review-figure')).toBe(true);
    // The figure that could not be found is dropped from the list at once.
    expect(reports).toHaveLength(1);
    expect(reports[0]?.map((f) => f.text)).toEqual(['06', '2023', '1.250', '2023']);
  });

  it('all go at once on “Đã rà soát xong”, and the field stops listening when it closes', async () => {
    const { review, reports, clearAll, listeners } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '3.658', '2023'));
    mounted = mountField([p(t(OPENING))], { review });
    clearAll();
    expect(highlighted(mounted.container)).toEqual([]);
    expect(reports[reports.length - 1]).toEqual([]);
    expect(mounted.emitted).toEqual([]);
    mounted.unmount();
    mounted = null;
    // TipTap destroys an unmounted editor on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listeners()).toBe(0);
  });

  it('come back where they were when the field opens again with what it reported', () => {
    const { review, reports } = reviewOf(figuresOf(OPENING, [0, 'content', 0, 'text'], '3.658', '99,8%'));
    mounted = mountField([p(t(OPENING))], { review });
    const editor = caretAt(mounted, 1);
    type(editor, 'Năm nay ');
    const figure = posOf(editor, '3.658');
    run(() => editor.view.dispatch(editor.state.tr.insertText('4', figure, figure + 1)));
    const value = last(mounted);
    const left = reports[reports.length - 1] ?? [];
    mounted.unmount();
    mounted = mountField(value, { review: reviewOf(left).review });
    expect(highlighted(mounted.container)).toEqual(['99,8%']);
  });

  it('work in the one-paragraph closing', () => {
    const text = 'Trên đây là báo cáo năm 2023 của Sở.';
    const { review, reports } = reviewOf(figuresOf(text, [0, 'text'], '2023'));
    let value: Inline[] = [t(text)];
    const host = mount(<RichInlineField label="Kết thúc" value={value} onChange={(v) => (value = v)} onUndo={() => {}} onRedo={() => {}} review={review} />);
    try {
      expect(highlighted(host.container)).toEqual(['2023']);
      const editor = editorIn(host.container);
      const year = posOf(editor, '2023');
      run(() => editor.view.dispatch(editor.state.tr.insertText('2024', year, year + 4)));
      expect(highlighted(host.container)).toEqual([]);
      expect(reports[reports.length - 1]).toEqual([]);
      expect(value).toEqual([t('Trên đây là báo cáo năm 2024 của Sở.')]);
    } finally {
      host.unmount();
    }
  });
});
