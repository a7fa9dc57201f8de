/** Test support: mounts fields in happy-dom with a tiny store, and drives their editors. */
import type { Editor } from '@tiptap/core';
import { act, useEffect, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Block, Inline } from '@shared/domain/draft-schema';
import { RichInlineField } from './RichInlineField';
import { RichTextField, type RichTextFieldProps } from './RichTextField';
import { RichTextProvider } from './RichTextProvider';
import { RichTextToolbar } from './RichTextToolbar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What a mounted field reports. */
export interface Mounted {
  editor: () => Editor;
  /** Every value emitted, in order. */
  emitted: Block[][];
  undos: number;
  redos: number;
  /** Sets the value from outside, as the store does after an undo or a fix. */
  setValue: (blocks: Block[]) => void;
  container: HTMLElement;
  unmount: () => void;
}

interface HostProps {
  initial: Block[];
  props: Partial<RichTextFieldProps>;
  onEmit: (blocks: Block[]) => void;
  onUndo: () => void;
  onRedo: () => void;
  expose: (set: (blocks: Block[]) => void) => void;
}

function Host({ initial, props, onEmit, onUndo, onRedo, expose }: HostProps) {
  const [value, setValue] = useState(initial);
  useEffect(() => expose(setValue), [expose]);
  return (
    <RichTextProvider>
      <RichTextToolbar />
      <RichTextField
        label="Nội dung"
        testId="field"
        {...props}
        value={value}
        onChange={(blocks) => {
          onEmit(blocks);
          setValue(blocks);
        }}
        onUndo={onUndo}
        onRedo={onRedo}
      />
    </RichTextProvider>
  );
}

/** Mounts one RichTextField with its toolbar. */
export function mountField(initial: Block[] = [], props: Partial<RichTextFieldProps> = {}): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | null = null;
  let setOutside: ((blocks: Block[]) => void) | null = null;
  const report: Mounted = {
    editor: () => editorIn(container),
    emitted: [],
    undos: 0,
    redos: 0,
    setValue: (blocks) => act(() => setOutside?.(blocks)),
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
  const host = (
    <Host
      initial={initial}
      props={props}
      onEmit={(blocks) => report.emitted.push(blocks)}
      onUndo={() => (report.undos += 1)}
      onRedo={() => (report.redos += 1)}
      expose={(set) => (setOutside = set)}
    />
  );
  act(() => {
    root = createRoot(container);
    root.render(host);
  });
  return report;
}

/** Mounts anything, for inline fields and dialogs. */
export function mount(node: ReactNode): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** The editor of the first (or `index`-th) field in a container. */
export function editorIn(container: HTMLElement, index = 0): Editor {
  const dom = container.querySelectorAll('.ProseMirror')[index] as (HTMLElement & { editor?: Editor }) | undefined;
  if (!dom?.editor) throw new Error('no editor mounted');
  return dom.editor;
}

/** Types text as the keyboard does: input rules first, then plain insertion. */
export function type(editor: Editor, text: string): void {
  act(() => {
    for (const ch of text) {
      const { view } = editor;
      const { from, to } = view.state.selection;
      const handled = view.someProp('handleTextInput', (f) => f(view, from, to, ch, () => view.state.tr.insertText(ch, from, to)));
      if (!handled) view.dispatch(view.state.tr.insertText(ch, from, to));
    }
  });
}

/** Presses a key in the editor (ProseMirror's keymaps read keydown). */
export function press(editor: Editor, key: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; keyCode?: number } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    keyCode: mods.keyCode ?? (key.length === 1 ? key.toUpperCase().charCodeAt(0) : 0),
    ctrlKey: mods.ctrl ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
    bubbles: true,
    cancelable: true,
  });
  act(() => {
    editor.view.dom.dispatchEvent(event);
  });
  return event;
}

/** Runs editor commands inside act. */
export function run(f: () => unknown): void {
  act(() => {
    f();
  });
}

/** An inline field host for tests. */
export function InlineHost({ initial, onChange }: { initial: Inline[]; onChange: (content: Inline[]) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <RichInlineField
      label="Kết thúc"
      value={value}
      onChange={(content) => {
        onChange(content);
        setValue(content);
      }}
      onUndo={() => {}}
      onRedo={() => {}}
    />
  );
}

/** The last value a field emitted. */
export function last(m: Mounted): Block[] {
  const value = m.emitted[m.emitted.length - 1];
  if (!value) throw new Error('nothing emitted');
  return value;
}
