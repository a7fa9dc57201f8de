/// <reference types="vite/client" />
/**
 * Test harness, never shipped: the rich-text fields mounted as the guided editor will mount
 * them, over a minimal draft store with undo/redo, for e2e/specs/richtext.spec.ts. Built by
 * e2e/harness/build.ts into a temporary folder and served by e2e/harness/serve.ts.
 */
import { createElement as h, StrictMode, useEffect, useReducer, type Dispatch } from 'react';
import { createRoot } from 'react-dom/client';
import type { Block, Inline } from '@shared/domain/draft-schema';
import { countFootnotes, countInlineFootnotes, RichInlineField, RichTextField, RichTextProvider, RichTextToolbar } from '../../src-renderer/features/richtext';
import '../../src-renderer/styles/base.css';
import '../../src-renderer/styles/richtext.css';

/** The part of a draft the harness edits. */
export interface HarnessDoc {
  body: Block[];
  basis: Block[];
  closing: Inline[];
}

interface History {
  past: HarnessDoc[];
  present: HarnessDoc;
  future: HarnessDoc[];
  emits: number;
}

type Action =
  | { type: 'edit'; field: keyof HarnessDoc; value: Block[] | Inline[] }
  | { type: 'replace'; doc: Partial<HarnessDoc> }
  | { type: 'undo' }
  | { type: 'redo' };

function reduce(state: History, action: Action): History {
  switch (action.type) {
    case 'edit':
      return { past: [...state.past, state.present], present: { ...state.present, [action.field]: action.value }, future: [], emits: state.emits + 1 };
    case 'replace':
      return { ...state, past: [...state.past, state.present], present: { ...state.present, ...action.doc }, future: [] };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      return previous ? { ...state, past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] } : state;
    }
    case 'redo': {
      const next = state.future[0];
      return next ? { ...state, past: [...state.past, state.present], present: next, future: state.future.slice(1) } : state;
    }
  }
}

/** What the e2e reads and drives through `window.harness`. */
export interface HarnessApi {
  doc: () => HarnessDoc;
  emits: () => number;
  /** A change from outside the fields (a check's fix), applied as the store applies it. */
  replace: (doc: Partial<HarnessDoc>) => void;
  undo: () => void;
}

declare global {
  interface Window {
    harness?: HarnessApi;
  }
}

let current: History | null = null;
let dispatchRef: Dispatch<Action> | null = null;
window.harness = {
  doc: () => (current as History).present,
  emits: () => (current as History).emits,
  replace: (doc) => dispatchRef?.({ type: 'replace', doc }),
  undo: () => dispatchRef?.({ type: 'undo' }),
};

function Harness() {
  const [state, dispatch] = useReducer(reduce, { past: [], present: { body: [], basis: [], closing: [] }, future: [], emits: 0 });
  useEffect(() => {
    current = state;
    dispatchRef = dispatch;
  });
  const undo = () => dispatch({ type: 'undo' });
  const redo = () => dispatch({ type: 'redo' });
  const { body, basis, closing } = state.present;
  const afterBody = 1 + countFootnotes(body);
  return h(
    RichTextProvider,
    null,
    h('main', { className: 'harness' }, [
      h('h1', { key: 'h' }, 'Ô soạn thảo'),
      h(RichTextToolbar, { key: 't' }),
      h('h2', { key: 'l1' }, 'Nội dung'),
      h(RichTextField, {
        key: 'body',
        value: body,
        onChange: (value: Block[]) => dispatch({ type: 'edit', field: 'body', value }),
        onUndo: undo,
        onRedo: redo,
        label: 'Nội dung',
        testId: 'body',
        placeholder: 'Nhập nội dung…',
      }),
      h('h2', { key: 'l2' }, 'Căn cứ'),
      h(RichTextField, {
        key: 'basis',
        value: basis,
        onChange: (value: Block[]) => dispatch({ type: 'edit', field: 'basis', value }),
        onUndo: undo,
        onRedo: redo,
        label: 'Căn cứ',
        testId: 'basis',
        allow: { tables: false },
        footnoteOffset: afterBody,
      }),
      h('h2', { key: 'l3' }, 'Kết thúc'),
      h(RichInlineField, {
        key: 'closing',
        value: closing,
        onChange: (value: Inline[]) => dispatch({ type: 'edit', field: 'closing', value }),
        onUndo: undo,
        onRedo: redo,
        label: 'Kết thúc',
        testId: 'closing',
        footnoteOffset: afterBody + countFootnotes(basis),
      }),
      h('p', { key: 'after' }, h('button', { type: 'button', className: 'btn', 'data-testid': 'after' }, 'Nút sau các ô')),
      h('output', { key: 'count', 'data-testid': 'closing-footnotes' }, String(countInlineFootnotes(closing))),
    ]),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(StrictMode, null, h(Harness)));
