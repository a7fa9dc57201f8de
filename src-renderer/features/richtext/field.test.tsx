// @vitest-environment happy-dom
/**
 * A rich-text field as the clerk uses it: typing, formatting, items, footnotes, undo going to
 * the store, values from outside merged in place, and nothing emitted mid-composition.
 */
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '@shared/domain/draft-schema';
import { editorIn, InlineHost, last, mount, mountField, press, run, type, type Mounted } from './test-support';

const p = (text: string): Block => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const item = (marker: '-' | '+', text: string): Block => ({ type: 'bullet', marker, content: text ? [{ type: 'text', text }] : [] });

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function at(m: Mounted, pos: number) {
  const editor = m.editor();
  run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos))));
  return editor;
}

describe('typing and formatting', () => {
  it('emits NFC blocks as the clerk types, and bold from Ctrl+B', () => {
    mounted = mountField([]);
    const editor = at(mounted, 1);
    type(editor, 'Vie\u0302\u0323t ');
    press(editor, 'b', { ctrl: true });
    type(editor, 'Nam');
    expect(last(mounted)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Việt ' }, { type: 'text', text: 'Nam', bold: true }] },
    ]);
  });

  it('does not emit on mount, nor for a selection change', () => {
    mounted = mountField([p('Có sẵn')]);
    at(mounted, 3);
    expect(mounted.emitted).toEqual([]);
  });

  it('keeps the blocks of untouched paragraphs by identity', () => {
    mounted = mountField([p('Một'), p('Hai')]);
    const editor = at(mounted, 4);
    type(editor, 'x');
    const first = last(mounted)[1];
    type(editor, 'y');
    expect(last(mounted)[1]).toBe(first);
    expect(last(mounted)[0]).toEqual(p('Mộtxy'));
  });
});

describe('items', () => {
  it('"- " and "+ " at the start of a paragraph make items', () => {
    mounted = mountField([]);
    const editor = at(mounted, 1);
    type(editor, '- Một');
    expect(last(mounted)).toEqual([item('-', 'Một')]);
    press(editor, 'Enter');
    press(editor, 'Enter');
    type(editor, '+ Hai');
    expect(last(mounted)).toEqual([item('-', 'Một'), item('+', 'Hai')]);
  });

  it('Enter makes the next item with the same marker; Enter on an empty item ends the list', () => {
    mounted = mountField([item('-', 'Một')]);
    const editor = at(mounted, 4);
    press(editor, 'Enter');
    type(editor, 'Hai');
    expect(last(mounted)).toEqual([item('-', 'Một'), item('-', 'Hai')]);
    press(editor, 'Enter');
    press(editor, 'Enter');
    type(editor, 'Đoạn');
    expect(last(mounted)).toEqual([item('-', 'Một'), item('-', 'Hai'), p('Đoạn')]);
  });

  it('Tab and Shift+Tab switch an item between "-" and "+", and are kept from leaving the field', () => {
    mounted = mountField([item('-', 'Một')]);
    const editor = at(mounted, 2);
    const tab = press(editor, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(last(mounted)).toEqual([item('+', 'Một')]);
    press(editor, 'Tab', { shift: true });
    expect(last(mounted)).toEqual([item('-', 'Một')]);
  });

  it('after Escape, Tab leaves the field (no keyboard trap)', () => {
    mounted = mountField([item('-', 'Một')]);
    const editor = at(mounted, 2);
    press(editor, 'Escape');
    const tab = press(editor, 'Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(mounted.emitted).toEqual([]);
  });

  it('Backspace at the start of an item makes it a paragraph; Ctrl+Shift+8 makes it an item again', () => {
    mounted = mountField([item('-', 'Một')]);
    const editor = at(mounted, 1);
    press(editor, 'Backspace');
    expect(last(mounted)).toEqual([p('Một')]);
    press(editor, '*', { ctrl: true, shift: true, keyCode: 56 });
    expect(last(mounted)).toEqual([item('-', 'Một')]);
  });

  it('a field that allows no items keeps "- " as text', () => {
    mounted = mountField([], { allow: { bullets: false } });
    const editor = at(mounted, 1);
    type(editor, '- Một');
    expect(last(mounted)).toEqual([p('- Một')]);
    expect(editor.commands.toggleItem('-')).toBe(false);
  });
});

describe('undo and redo belong to the draft', () => {
  it('Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z call the store and leave the text alone', () => {
    mounted = mountField([p('Một')]);
    const editor = at(mounted, 4);
    type(editor, 'x');
    const before = mounted.emitted.length;
    press(editor, 'z', { ctrl: true });
    press(editor, 'y', { ctrl: true });
    press(editor, 'Z', { ctrl: true, shift: true });
    expect(mounted.undos).toBe(1);
    expect(mounted.redos).toBe(2);
    expect(mounted.emitted.length).toBe(before);
    expect(editor.getText()).toBe('Mộtx');
  });
});

describe('a value from outside', () => {
  it('replaces only what differs and keeps the cursor where it was', () => {
    mounted = mountField([p('Một'), p('Hai ba')]);
    const editor = at(mounted, 9); // after "Hai " in the second paragraph
    mounted.setValue([p('Một trăm'), p('Hai ba')]);
    expect(editor.getText({ blockSeparator: '|' })).toBe('Một trăm|Hai ba');
    expect(editor.state.selection.from).toBe(9 + ' trăm'.length);
    expect(mounted.emitted).toEqual([]);
  });

  it('ignores the echo of its own value, even as a new array', () => {
    mounted = mountField([p('Một')]);
    const editor = at(mounted, 4);
    type(editor, 'x');
    const transactions: number[] = [];
    editor.on('transaction', () => transactions.push(1));
    mounted.setValue(structuredClone(last(mounted)));
    expect(transactions).toEqual([]);
  });

  it('waits while an input method composes, then merges with the composed word', () => {
    mounted = mountField([p('Một'), p('tiếng')]);
    const editor = at(mounted, 11); // end of "tiếng"
    let composing = true;
    Object.defineProperty(editor.view, 'composing', { get: () => composing, configurable: true });
    type(editor, ' Việt');
    expect(mounted.emitted).toEqual([]);
    mounted.setValue([p('Một hai'), p('tiếng')]);
    expect(editor.getText({ blockSeparator: '|' })).toBe('Một|tiếng Việt');
    composing = false;
    run(() => editor.view.dispatch(editor.state.tr));
    expect(editor.getText({ blockSeparator: '|' })).toBe('Một hai|tiếng Việt');
    expect(last(mounted)).toEqual([p('Một hai'), p('tiếng Việt')]);
  });
});

describe('footnotes', () => {
  it('are inserted at the cursor, numbered from the offset, edited and deleted', () => {
    mounted = mountField([p('Theo Quyết định'), p('và Kế hoạch')], { footnoteOffset: 3 });
    const editor = at(mounted, 16);
    run(() => editor.commands.insertFootnote([{ type: 'text', text: 'Số 12' }]));
    run(() => editor.commands.setTextSelection(editor.state.doc.content.size - 1));
    run(() => editor.commands.insertFootnote([{ type: 'text', text: 'Số 45' }]));
    expect(last(mounted)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Theo Quyết định' }, { type: 'footnote', content: [{ type: 'text', text: 'Số 12' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'và Kế hoạch' }, { type: 'footnote', content: [{ type: 'text', text: 'Số 45' }] }] },
    ]);
    const numbers = [...mounted.container.querySelectorAll('.rt-footnote')].map((el) => el.textContent);
    expect(numbers).toEqual(['chú thích 3', 'chú thích 4']);
    run(() => editor.commands.updateFootnote(16, [{ type: 'text', text: 'Số 12/QĐ', italic: true }]));
    expect(last(mounted)[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Theo Quyết định' }, { type: 'footnote', content: [{ type: 'text', text: 'Số 12/QĐ', italic: true }] }],
    });
    at(mounted, 17);
    press(editor, 'Backspace');
    expect(last(mounted)[0]).toEqual(p('Theo Quyết định'));
    expect([...mounted.container.querySelectorAll('.rt-footnote')].map((el) => el.textContent)).toEqual(['chú thích 3']);
  });

  it('leave the caret after the new mark, so what is typed next follows it', () => {
    mounted = mountField([p('Theo Quyết định')]);
    const editor = at(mounted, 16);
    run(() => editor.commands.insertFootnote([{ type: 'text', text: 'Số 12' }]));
    type(editor, '.');
    expect(last(mounted)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Theo Quyết định' }, { type: 'footnote', content: [{ type: 'text', text: 'Số 12' }] }, { type: 'text', text: '.' }] },
    ]);
  });

  it('renumber when the offset changes, without emitting', () => {
    mounted = mountField([{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'footnote', content: [{ type: 'text', text: 'x' }] }] }], { footnoteOffset: 1 });
    const editor = mounted.editor();
    run(() => editor.commands.setFootnoteOffset(7));
    expect(mounted.container.querySelector('.rt-footnote')?.textContent).toBe('chú thích 7');
    expect(mounted.emitted).toEqual([]);
  });
});

describe('the inline field (closing)', () => {
  it('is one paragraph: Enter adds nothing, Shift+Enter a line break', () => {
    const values: unknown[] = [];
    const host = mount(<InlineHost initial={[{ type: 'text', text: 'Trên đây' }]} onChange={(v) => values.push(v)} />);
    const editor = editorIn(host.container);
    run(() => editor.commands.setTextSelection(9));
    press(editor, 'Enter');
    type(editor, ' là');
    press(editor, 'Enter', { shift: true });
    type(editor, 'báo cáo');
    expect(values[values.length - 1]).toEqual([{ type: 'text', text: 'Trên đây là\nbáo cáo' }]);
    expect(editor.state.doc.childCount).toBe(1);
    host.unmount();
  });
});
