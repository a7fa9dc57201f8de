// @vitest-environment happy-dom
/**
 * The toolbar acts on the focused field and shows its state and shortcuts; pasting goes through
 * the sanitiser, never through ProseMirror's own HTML parsing.
 */
import { TextSelection } from '@tiptap/pm/state';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '@shared/domain/draft-schema';
import { toTcvn3 } from '@shared/domain/legacy-text';
import { last, mountField, press, run, type Mounted } from './test-support';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const p = (text: string): Block => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });

function button(m: Mounted, testId: string): HTMLButtonElement {
  const el = m.container.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no ${testId}`);
  return el;
}

function focusAt(m: Mounted, pos: number) {
  const editor = m.editor();
  run(() => {
    editor.view.focus();
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
  });
  return editor;
}

function paste(m: Mounted, data: Record<string, string>) {
  const editor = m.editor();
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [], items: [] } });
  act(() => {
    editor.view.dom.dispatchEvent(event);
  });
  return event;
}

describe('the toolbar', () => {
  it('is disabled until a field has the focus, then acts on it', () => {
    mounted = mountField([p('Kết quả tốt')]);
    expect(button(mounted, 'rt-bold').getAttribute('aria-disabled')).toBe('true');
    const editor = focusAt(mounted, 1);
    run(() => editor.commands.setTextSelection({ from: 1, to: 8 }));
    expect(button(mounted, 'rt-bold').getAttribute('aria-disabled')).toBeNull();
    act(() => button(mounted as Mounted, 'rt-bold').click());
    expect(last(mounted)).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Kết quả', bold: true }, { type: 'text', text: ' tốt' }] }]);
    expect(button(mounted, 'rt-bold').getAttribute('aria-pressed')).toBe('true');
    act(() => button(mounted as Mounted, 'rt-item-plus').click());
    expect(last(mounted)[0]).toMatchObject({ type: 'bullet', marker: '+' });
    expect(button(mounted, 'rt-item-plus').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows each shortcut in its tooltip and aria-keyshortcuts, in Vietnamese', () => {
    mounted = mountField([]);
    const bold = button(mounted, 'rt-bold');
    expect(bold.getAttribute('aria-label')).toBe('Đậm');
    expect(bold.title).toBe('Đậm (Ctrl+B)');
    expect(bold.getAttribute('aria-keyshortcuts')).toBe('Control+B');
    expect(button(mounted, 'rt-italic').title).toBe('Nghiêng (Ctrl+I)');
    expect(button(mounted, 'rt-underline').title).toBe('Gạch chân (Ctrl+U)');
    expect(button(mounted, 'rt-footnote-insert').getAttribute('aria-keyshortcuts')).toBe('Control+Alt+F');
    expect(button(mounted, 'rt-table-insert').title).toBe('Chèn bảng (Ctrl+Alt+B)');
  });

  it('offers the table tools inside a table only, and Alt+F10 moves the focus to it', () => {
    mounted = mountField([]);
    const editor = focusAt(mounted, 1);
    expect(mounted.container.querySelector('[data-testid="rt-merge"]')).toBeNull();
    act(() => button(mounted as Mounted, 'rt-table-insert').click());
    expect(button(mounted, 'rt-merge').getAttribute('aria-disabled')).toBe('true');
    expect(button(mounted, 'rt-header-row').getAttribute('aria-pressed')).toBe('true');
    press(editor, 'F10', { alt: true });
    expect(document.activeElement?.getAttribute('data-rt-tool')).toBe('');
    const toolbar = mounted.container.querySelector('[role="toolbar"]') as HTMLElement;
    act(() => toolbar.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement?.getAttribute('data-testid')).toBe('rt-italic');
    act(() => toolbar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(editor.isFocused).toBe(true);
  });
});

describe('paste', () => {
  it('reads HTML through the sanitiser: formatting kept, styles and scripts gone', () => {
    mounted = mountField([p('')]);
    const editor = focusAt(mounted, 1);
    const event = paste(mounted, {
      'text/html': '<p style="color:red;font-family:Arial"><b>Đậm</b> và <span style="font-style:italic">nghiêng</span><img src=x onerror="window.__x=1"><script>window.__x=2</script></p><ul><li>Một</li><li>Hai</li></ul>',
      'text/plain': 'Đậm và nghiêng\nMột\nHai',
    });
    expect(event.defaultPrevented).toBe(true);
    expect(last(mounted)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Đậm', bold: true }, { type: 'text', text: ' và ' }, { type: 'text', text: 'nghiêng', italic: true }] },
      { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Một' }] },
      { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Hai' }] },
    ]);
    expect(mounted.container.querySelector('.ProseMirror img, .ProseMirror script, .ProseMirror [style*="color"]')).toBeNull();
    expect((window as { __x?: number }).__x).toBeUndefined();
    expect(editor.getText()).not.toContain('window');
  });

  it('puts pasted words into the current item, which stays an item', () => {
    mounted = mountField([{ type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Cấp ' }] }]);
    focusAt(mounted, 5);
    paste(mounted, { 'text/plain': 'xã' });
    expect(last(mounted)).toEqual([{ type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Cấp xã' }] }]);
  });

  it('pastes an Excel range as a table, or as tab-separated lines where tables are not allowed', () => {
    mounted = mountField([p('')]);
    focusAt(mounted, 1);
    paste(mounted, { 'text/plain': 'STT\tNội dung\r\n1\tHộ tịch\r\n' });
    expect(last(mounted)[0]).toMatchObject({ type: 'table', columnWidths: [1, 1], rows: [{ cells: [{}, {}] }, { cells: [{}, {}] }] });
    mounted.unmount();
    mounted = mountField([p('')], { allow: { tables: false } });
    focusAt(mounted, 1);
    paste(mounted, { 'text/plain': 'STT\tNội dung\r\n1\tHộ tịch\r\n' });
    expect(last(mounted)).toEqual([p('STT\tNội dung'), p('1\tHộ tịch')]);
  });

  it('converts TCVN3 text, says so, and can put it back as it was pasted', () => {
    mounted = mountField([p('')]);
    focusAt(mounted, 1);
    const legacy = toTcvn3('Báo cáo kết quả công tác cải cách hành chính');
    paste(mounted, { 'text/plain': legacy });
    expect(last(mounted)).toEqual([p('Báo cáo kết quả công tác cải cách hành chính')]);
    const notice = mounted.container.querySelector('[role="status"]');
    expect(notice?.textContent).toContain('TCVN3');
    const keep = [...(notice?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Giữ nguyên như khi dán');
    act(() => keep?.click());
    expect(last(mounted)).toEqual([p(legacy)]);
    expect(mounted.container.querySelector('[role="status"]')).toBeNull();
  });
});
