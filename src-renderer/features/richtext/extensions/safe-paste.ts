/**
 * Paste and drop from outside: the clipboard's HTML is parsed by parse5 in plain JavaScript
 * (no document is created, so no script runs, no image loads, no inline style meets the CSP),
 * read by the shared sanitiser into blocks, and only those blocks enter the editor.
 * ProseMirror's own HTML parsing of the clipboard is never used: pasted markup is never rendered.
 */
import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Block } from '@shared/domain/draft-schema';
import { blocksToInlines, blockToNode, inlinesToPm, NODE, restrictBlocks, type RichTextAllow } from '@shared/domain/editor-doc';
import type { LegacyEncoding } from '@shared/domain/legacy-text';
import { clipboardToBlocks, type PastedContent } from '@shared/domain/paste';

/** What a paste did that the clerk should hear about. */
export interface PasteReport {
  /** The legacy encoding the pasted text was converted from. */
  legacy: LegacyEncoding;
  /** Puts the text back as it was pasted, unconverted; false when the field changed since. */
  keepOriginal: () => boolean;
}

export interface SafePasteOptions {
  /** 'inline': the field is one paragraph (the closing). */
  kind: 'blocks' | 'inline';
  allow: () => RichTextAllow;
  onReport: (report: PasteReport) => void;
}

function inCell(tr: Transaction): boolean {
  const { $from } = tr.selection;
  for (let d = $from.depth; d > 0; d--) {
    const role = $from.node(d).type.spec.tableRole;
    if (role === 'cell' || role === 'header_cell') return true;
  }
  return false;
}

/** Puts blocks in place of the transaction's selection, the way the field can hold them. */
export function insertBlocks(tr: Transaction, schema: Schema, blocks: readonly Block[], kind: 'blocks' | 'inline', allow: RichTextAllow): boolean {
  const toNode = (json: ReturnType<typeof blockToNode>): PmNode => schema.nodeFromJSON(json);
  const cell = inCell(tr);
  if (kind === 'inline' || cell) {
    // A cell holds paragraphs; the closing is one paragraph.
    const restricted = cell ? restrictBlocks(blocks, { ...allow, bullets: false, tables: false }) : blocks;
    const paragraphs = kind === 'inline' ? [blocksToInlines(restricted, allow.footnotes)] : restricted.map((b) => (b.type === 'table' ? [] : b.content));
    const nodes = paragraphs.map((content) => toNode({ type: NODE.paragraph, content: inlinesToPm(content) }));
    if (nodes.length === 0) return false;
    tr.replaceSelection(new Slice(Fragment.from(nodes), 1, 1));
    return true;
  }
  const restricted = restrictBlocks(blocks, allow);
  if (restricted.length === 0) return false;
  const nodes = restricted.map((b) => toNode(blockToNode(b)));
  const first = nodes[0] as PmNode;
  const last = nodes[nodes.length - 1] as PmNode;
  const { $from, empty } = tr.selection;
  if (nodes.length === 1 && first.type.name === NODE.paragraph) {
    // Words go into the current paragraph or item, which stays what it is.
    tr.replaceSelection(new Slice(Fragment.from(first), 1, 1));
    return true;
  }
  if (empty && $from.depth === 1 && $from.parent.content.size === 0) {
    // An empty paragraph gives way to the pasted blocks entirely.
    const start = $from.before();
    tr.replaceWith(start, $from.after(), nodes);
    const end = start + nodes.reduce((n, b) => n + b.nodeSize, 0);
    tr.setSelection(TextSelection.near(tr.doc.resolve(end), -1));
    return true;
  }
  tr.replaceSelection(new Slice(Fragment.from(nodes), first.isTextblock ? 1 : 0, last.isTextblock ? 1 : 0));
  return true;
}

function paste(view: EditorView, data: DataTransfer, options: SafePasteOptions): boolean {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (!html && !text) return true; // files, images: nothing a report field holds
  const content: PastedContent = clipboardToBlocks({ html, text });
  const { schema } = view.state;
  const tr = view.state.tr;
  const from = tr.selection.from;
  if (!insertBlocks(tr, schema, content.blocks, options.kind, options.allow())) return true;
  view.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
  const { legacy, unconverted } = content;
  if (!legacy || !unconverted) return true;
  const after = view.state.doc;
  const to = view.state.selection.to;
  options.onReport({
    legacy: legacy.encoding,
    keepOriginal: () => {
      if (view.state.doc !== after) return false;
      const back = view.state.tr;
      back.setSelection(TextSelection.between(back.doc.resolve(from), back.doc.resolve(to)));
      if (!insertBlocks(back, schema, unconverted, options.kind, options.allow())) return false;
      view.dispatch(back.scrollIntoView().setMeta('paste', true));
      return true;
    },
  });
  return true;
}

/** Handles paste and drop from outside the field with the sanitiser. */
export const SafePaste = Extension.create<SafePasteOptions>({
  name: 'safePaste',
  priority: 1000,

  addOptions() {
    return { kind: 'blocks', allow: () => ({ bullets: true, tables: true, footnotes: true }), onReport: () => {} };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('rtSafePaste'),
        props: {
          // ProseMirror would parse the clipboard HTML itself (into a detached document) before
          // asking handlePaste; give it nothing to parse: the sanitiser reads the event's data.
          transformPastedHTML: () => '',
          handlePaste: (view, event) => (event.clipboardData ? paste(view, event.clipboardData, options) : true),
          handleDrop: (view, event, _slice, moved) => {
            // A move inside the field is ProseMirror's own slice, already of this schema.
            if (moved || view.dragging) return false;
            const data = (event as DragEvent).dataTransfer;
            // A dropped file (a Word report to import) is the window's (features/import): the field
            // inserts nothing, not even the path or name a file manager sends along as text.
            if (!data || data.types.includes('Files')) return true;
            const at = view.posAtCoords({ left: (event as DragEvent).clientX, top: (event as DragEvent).clientY });
            if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
            paste(view, data, options);
            return true;
          },
        },
      }),
    ];
  },
});
