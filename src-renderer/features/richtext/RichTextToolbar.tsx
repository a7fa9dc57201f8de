import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useActiveField, useRichTextControl, type FieldHandle } from './context';
import { footnoteNear } from './extensions';
import { ariaKeys, hintKeys, KEYS } from './shortcuts';
import { sameToolbarState, toolbarState } from './toolbar-state';

interface ButtonProps {
  label: string;
  icon: ReactNode;
  keys?: string;
  pressed?: boolean;
  disabled: boolean;
  onRun: () => void;
  testId: string;
}

/**
 * One toolbar button: its shortcut in the tooltip and in aria-keyshortcuts. Disabled buttons
 * stay focusable (aria-disabled), as in any toolbar, so arrow keys never skip over them.
 */
function ToolButton({ label, icon, keys, pressed, disabled, onRun, testId }: ButtonProps) {
  return (
    <button
      type="button"
      className={pressed ? 'rt-tool rt-tool-on' : 'rt-tool'}
      data-rt-tool=""
      data-testid={testId}
      aria-label={label}
      title={keys ? `${label} (${hintKeys(keys)})` : label}
      aria-keyshortcuts={keys ? ariaKeys(keys) : undefined}
      aria-pressed={pressed === undefined ? undefined : pressed}
      aria-disabled={disabled || undefined}
      tabIndex={-1}
      // Keep the field's selection: a click must not take the focus away first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onRun();
      }}
    >
      {icon}
    </button>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rt-tool-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** Runs a command on the field and gives it the focus back. */
function run(editor: Editor, command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>): void {
  command(editor.chain().focus()).run();
}

/**
 * The toolbar of the focused rich-text field (put it inside a RichTextProvider). Alt+F10 in a
 * field comes here; arrows move between buttons, Escape goes back to the field.
 */
export function RichTextToolbar({ label = 'Định dạng văn bản' }: { label?: string }) {
  const field: FieldHandle | null = useActiveField();
  const control = useRichTextControl();
  const editor = field?.editor ?? null;
  const state = useEditorState({
    editor,
    // The active field's editor, not the snapshot's: that one changes only with a transaction.
    selector: () => (editor && field && !editor.isDestroyed ? toolbarState(editor, field.allow, field.kind) : null),
    equalityFn: sameToolbarState,
  });
  const ref = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);

  const tools = useCallback(() => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[data-rt-tool]') ?? [])], []);
  useEffect(() => {
    const buttons = tools();
    buttons.forEach((b, i) => (b.tabIndex = i === Math.min(current, buttons.length - 1) ? 0 : -1));
  });
  useEffect(() => {
    control?.setToolbarFocus(() => {
      const buttons = tools();
      const target = buttons[Math.min(current, buttons.length - 1)];
      target?.focus();
      return Boolean(target);
    });
    return () => control?.setToolbarFocus(null);
  }, [control, current, tools]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = tools();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      const next = (i + buttons.length) % buttons.length;
      buttons[next]?.focus();
      setCurrent(next);
    };
    if (event.key === 'ArrowRight') go(at + 1);
    else if (event.key === 'ArrowLeft') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(buttons.length - 1);
    else if (event.key === 'Escape' && editor) editor.view.focus();
    else return;
    event.preventDefault();
  };

  const off = !editor || !state;
  const s = state;
  const tool = (props: Omit<ButtonProps, 'disabled'> & { enabled?: boolean }) => (
    <ToolButton {...props} disabled={off || props.enabled === false} />
  );

  return (
    <div
      ref={ref}
      className="rt-toolbar"
      role="toolbar"
      aria-label={label}
      data-testid="richtext-toolbar"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const i = tools().findIndex((b) => b === (event.target as Element));
        if (i >= 0) setCurrent(i);
      }}
    >
      <Group label="Kiểu chữ">
        {tool({ label: 'Đậm', icon: <b>Đ</b>, keys: KEYS.bold, pressed: s?.bold ?? false, testId: 'rt-bold', onRun: () => editor && run(editor, (c) => c.toggleBold()) })}
        {tool({ label: 'Nghiêng', icon: <i>N</i>, keys: KEYS.italic, pressed: s?.italic ?? false, testId: 'rt-italic', onRun: () => editor && run(editor, (c) => c.toggleItalic()) })}
        {tool({ label: 'Gạch chân', icon: <u>G</u>, keys: KEYS.underline, pressed: s?.underline ?? false, testId: 'rt-underline', onRun: () => editor && run(editor, (c) => c.toggleUnderline()) })}
      </Group>
      <Group label="Gạch đầu dòng">
        {tool({ label: 'Gạch đầu dòng “-”', icon: '–', keys: KEYS.dashItem, pressed: s?.kind === '-', enabled: s?.canItems, testId: 'rt-item-dash', onRun: () => editor && run(editor, (c) => c.toggleItem('-')) })}
        {tool({ label: 'Gạch đầu dòng “+”', icon: '+', keys: KEYS.plusItem, pressed: s?.kind === '+', enabled: s?.canItems, testId: 'rt-item-plus', onRun: () => editor && run(editor, (c) => c.toggleItem('+')) })}
      </Group>
      <Group label="Chú thích">
        {tool({ label: 'Chèn chú thích', icon: 'Chú thích', keys: KEYS.insertFootnote, enabled: s?.canFootnote, testId: 'rt-footnote-insert', onRun: () => field?.openFootnote(null) })}
        {tool({
          label: 'Sửa chú thích',
          icon: 'Sửa',
          enabled: s?.footnoteHere,
          testId: 'rt-footnote-edit',
          onRun: () => {
            const near = editor ? footnoteNear(editor.state) : null;
            if (near) field?.openFootnote(near.pos);
          },
        })}
        {tool({
          label: 'Xóa chú thích',
          icon: 'Xóa',
          enabled: s?.footnoteHere,
          testId: 'rt-footnote-delete',
          onRun: () => {
            const near = editor ? footnoteNear(editor.state) : null;
            if (editor && near) run(editor, (c) => c.deleteFootnote(near.pos));
          },
        })}
      </Group>
      <Group label="Bảng">
        {tool({ label: 'Chèn bảng', icon: '⊞', keys: KEYS.insertTable, enabled: s?.canInsertTable, testId: 'rt-table-insert', onRun: () => editor && run(editor, (c) => c.insertReportTable()) })}
        {s?.inTable ? (
          <>
            {tool({ label: 'Thêm hàng phía trên', icon: '⤒', testId: 'rt-row-before', onRun: () => editor && run(editor, (c) => c.addRowBefore()) })}
            {tool({ label: 'Thêm hàng phía dưới', icon: '⤓', testId: 'rt-row-after', onRun: () => editor && run(editor, (c) => c.addRowAfter()) })}
            {tool({ label: 'Xóa hàng', icon: '⊖ hàng', testId: 'rt-row-delete', onRun: () => editor && run(editor, (c) => c.deleteRow()) })}
            {tool({ label: 'Thêm cột bên trái', icon: '⇤', testId: 'rt-col-before', onRun: () => editor && run(editor, (c) => c.addColumnBefore()) })}
            {tool({ label: 'Thêm cột bên phải', icon: '⇥', testId: 'rt-col-after', onRun: () => editor && run(editor, (c) => c.addColumnAfter()) })}
            {tool({ label: 'Xóa cột', icon: '⊖ cột', testId: 'rt-col-delete', onRun: () => editor && run(editor, (c) => c.deleteColumn()) })}
            {tool({ label: 'Hàng tiêu đề', icon: 'Tiêu đề', pressed: s.headerRow, testId: 'rt-header-row', onRun: () => editor && run(editor, (c) => c.toggleHeaderRowHere()) })}
            {tool({ label: 'Gộp ô', icon: 'Gộp', enabled: s.canMerge, testId: 'rt-merge', onRun: () => editor && run(editor, (c) => c.mergeCells()) })}
            {tool({ label: 'Tách ô', icon: 'Tách', enabled: s.canSplit, testId: 'rt-split', onRun: () => editor && run(editor, (c) => c.splitCell()) })}
            {tool({ label: 'Mở rộng cột', icon: '↔+', testId: 'rt-col-wider', onRun: () => editor && run(editor, (c) => c.resizeCurrentColumn(1)) })}
            {tool({ label: 'Thu hẹp cột', icon: '↔−', testId: 'rt-col-narrower', onRun: () => editor && run(editor, (c) => c.resizeCurrentColumn(-1)) })}
            {tool({ label: 'Tên bảng', icon: 'Tên', testId: 'rt-caption', onRun: () => field?.openCaption() })}
            {tool({ label: 'Xóa bảng', icon: '⊗ bảng', testId: 'rt-table-delete', onRun: () => editor && run(editor, (c) => c.deleteTable()) })}
          </>
        ) : null}
      </Group>
      {off ? <span className="rt-toolbar-hint muted">Chọn một ô nội dung để định dạng.</span> : null}
    </div>
  );
}
