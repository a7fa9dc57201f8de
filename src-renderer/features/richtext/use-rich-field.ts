/**
 * One field's editor: created once, its value kept in step with the store (FieldSync), its
 * dialogs and paste notice, and its registration with the toolbar when focused.
 */
import type { Editor, EditorEvents } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TextRun } from '@shared/domain/draft-schema';
import { ALLOW_ALL, footnoteRunsOf, NODE, type RichTextAllow } from '@shared/domain/editor-doc';
import { useRichTextControl, type FieldHandle, type RichTextControl } from './context';
import { fieldExtensions, footnoteNumberAt, type FieldExtensionOptions, type PasteReport, type ReviewHighlight } from './extensions';
import { FieldSync, type FieldCodec } from './field-sync';

/** A dialog a field has open. */
export type FieldDialog =
  | { kind: 'footnote'; pos: number | null; content: TextRun[]; number: number | null }
  | { kind: 'caption'; caption: string };

export interface RichFieldArgs<T> {
  kind: 'blocks' | 'inline';
  codec: FieldCodec<T>;
  value: T;
  onChange: (value: T) => void;
  onUndo: () => void;
  onRedo: () => void;
  label: string;
  allow?: Partial<RichTextAllow> | undefined;
  footnoteOffset?: number | undefined;
  placeholder?: string | undefined;
  id?: string | undefined;
  describedBy?: string | undefined;
  /** Whether the field works with the toolbar of its RichTextProvider (false inside a dialog). */
  withToolbar?: boolean | undefined;
  /** Figures highlighted until the clerk touches them (read when the field is created). */
  review?: ReviewHighlight | undefined;
}

export interface RichField {
  editor: Editor;
  dialog: FieldDialog | null;
  closeDialog: () => void;
  notice: PasteReport | null;
  closeNotice: () => void;
}

/** The editor of one field and what goes with it. */
export function useRichField<T>(args: RichFieldArgs<T>): RichField {
  const { kind, codec, value, label, footnoteOffset = 1, placeholder, id, describedBy, withToolbar = true } = args;
  const allow = useMemo<RichTextAllow>(
    () => ({ ...ALLOW_ALL, ...(kind === 'inline' ? { bullets: false, tables: false } : {}), ...args.allow }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the three flags are the identity
    [kind, args.allow?.bullets, args.allow?.tables, args.allow?.footnotes],
  );
  const control = useRichTextControl();
  const [dialog, setDialog] = useState<FieldDialog | null>(null);
  const [notice, setNotice] = useState<PasteReport | null>(null);

  // The editor is created once; what it calls back goes through the bridge, kept current after each render.
  const [bridge] = useState(() => new FieldBridge<T>(args, allow, control, withToolbar, setDialog, setNotice));
  useLayoutEffect(() => {
    bridge.update(args, allow, control, withToolbar);
  });
  const [options] = useState(() => ({
    extensions: fieldExtensions(bridge.extensionOptions(kind, footnoteOffset, placeholder)),
    content: codec.toDoc(value),
    injectCSS: false,
    enableInputRules: [NODE.bulletItem],
    enablePasteRules: false,
    enableCoreExtensions: { delete: false as const },
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
  }));
  const editor = useEditor(options, []) as Editor;
  useLayoutEffect(() => {
    bridge.attach(editor);
  }, [bridge, editor]);
  const openFootnote = useCallback((pos: number | null) => bridge.openFootnote(pos), [bridge]);

  // The editable's name, description and hooks.
  useLayoutEffect(() => {
    const attributes: Record<string, string> = {
      role: 'textbox',
      'aria-multiline': kind === 'blocks' ? 'true' : 'false',
      'aria-label': label,
      class: `rt-editable rt-editable-${kind}`,
      spellcheck: 'true',
      lang: 'vi',
    };
    if (id) attributes.id = id;
    if (describedBy) attributes['aria-describedby'] = describedBy;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes } });
  }, [editor, kind, label, id, describedBy]);

  // Value in and out.
  const sync = useRef<FieldSync<T> | null>(null);
  useLayoutEffect(() => {
    const fieldSync = new FieldSync(editor, codec, (v: T) => bridge.emit(v), bridge.initialValue());
    sync.current = fieldSync;
    const onTransaction = ({ transaction }: EditorEvents['transaction']) => fieldSync.onTransaction(transaction);
    // After a composition, ProseMirror may read the committed text without a new transaction.
    const onCompositionEnd = () => window.setTimeout(() => fieldSync.flush(), 0);
    editor.on('transaction', onTransaction);
    const dom = editor.view.dom;
    dom.addEventListener('compositionend', onCompositionEnd);
    return () => {
      editor.off('transaction', onTransaction);
      dom.removeEventListener('compositionend', onCompositionEnd);
      if (sync.current === fieldSync) sync.current = null;
    };
  }, [editor, codec, bridge]);
  useLayoutEffect(() => {
    sync.current?.receive(value);
  }, [value]);

  // Footnote numbers follow the fields before this one; a composition is not disturbed.
  useLayoutEffect(() => {
    const apply = () => editor.commands.setFootnoteOffset(footnoteOffset);
    if (!editor.view.composing) {
      apply();
      return;
    }
    const dom = editor.view.dom;
    const later = () => window.setTimeout(apply, 0);
    dom.addEventListener('compositionend', later, { once: true });
    return () => dom.removeEventListener('compositionend', later);
  }, [editor, footnoteOffset]);

  // The toolbar's handle on this field, registered while it has focus.
  const handle = useMemo<FieldHandle>(
    () => ({
      editor,
      kind,
      allow,
      openFootnote,
      openCaption: () => {
        const { $from } = editor.state.selection;
        for (let d = $from.depth; d > 0; d--) {
          const node = $from.node(d);
          if (node.type.name === NODE.table) {
            setDialog({ kind: 'caption', caption: typeof node.attrs.caption === 'string' ? node.attrs.caption : '' });
            return;
          }
        }
      },
    }),
    [editor, kind, allow, openFootnote],
  );
  useLayoutEffect(() => {
    if (!withToolbar || !control) return;
    const onFocus = () => control.activate(handle);
    editor.on('focus', onFocus);
    if (editor.isFocused) control.activate(handle);
    return () => {
      editor.off('focus', onFocus);
    };
  }, [editor, handle, control, withToolbar]);
  useLayoutEffect(() => () => control?.deactivate(editor), [editor, control]);

  const closeDialog = useCallback(() => {
    setDialog(null);
    // Back to the text, with the selection it had (after a footnote just inserted).
    window.setTimeout(() => {
      if (!editor.isDestroyed) editor.commands.focus();
    }, 0);
  }, [editor]);
  const closeNotice = useCallback(() => setNotice(null), []);
  // The offer to keep pasted text unconverted lasts until the field changes again.
  useLayoutEffect(() => {
    if (!notice) return;
    const onUpdate = () => setNotice(null);
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
    };
  }, [editor, notice]);

  return { editor, dialog, closeDialog, notice, closeNotice };
}

/** What the editor calls back, created once and kept current by the hook. */
class FieldBridge<T> {
  private editor: Editor | null = null;

  constructor(
    private args: RichFieldArgs<T>,
    private allow: RichTextAllow,
    private control: RichTextControl | null,
    private withToolbar: boolean,
    private readonly setDialog: (dialog: FieldDialog | null) => void,
    private readonly setNotice: (notice: PasteReport | null) => void,
  ) {}

  update(args: RichFieldArgs<T>, allow: RichTextAllow, control: RichTextControl | null, withToolbar: boolean): void {
    this.args = args;
    this.allow = allow;
    this.control = control;
    this.withToolbar = withToolbar;
  }

  attach(editor: Editor): void {
    this.editor = editor;
  }

  initialValue(): T {
    return this.args.value;
  }

  emit(value: T): void {
    this.args.onChange(value);
  }

  openFootnote(pos: number | null): void {
    const editor = this.editor;
    if (!editor) return;
    const node = pos === null ? null : editor.state.doc.nodeAt(pos);
    if (pos !== null && node?.type.name !== NODE.footnote) return;
    if (pos === null && !this.allow.footnotes) return;
    this.setDialog({
      kind: 'footnote',
      pos,
      content: node ? footnoteRunsOf(node.attrs.content) : [],
      number: pos === null ? null : footnoteNumberAt(editor.state, pos),
    });
  }

  extensionOptions(kind: 'blocks' | 'inline', footnoteOffset: number, placeholder: string | undefined): FieldExtensionOptions {
    return {
      kind,
      allow: () => this.allow,
      footnoteOffset,
      placeholder,
      onUndo: () => this.args.onUndo(),
      onRedo: () => this.args.onRedo(),
      onFocusToolbar: () => (this.withToolbar ? (this.control?.focusToolbar() ?? false) : false),
      onInsertFootnote: () => this.openFootnote(null),
      onEditFootnote: (pos) => this.openFootnote(pos),
      onPasteReport: (report) => this.setNotice(report),
      // Kept current: the figures are read once, where they go is asked at each change.
      review: () =>
        this.args.review
          ? {
              figures: () => this.args.review?.figures() ?? [],
              onChange: (figures) => this.args.review?.onChange(figures),
              subscribe: (clear) => this.args.review?.subscribe?.(clear) ?? (() => {}),
            }
          : null,
    };
  }
}
