/**
 * A footnote: an inline atom holding its text (the model's TextRun[]) in an attribute, shown as
 * its number in superscript. Numbers follow document order, starting at the field's offset
 * (footnotes are numbered across the whole draft); a plugin computes them as decorations.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRun } from '@shared/domain/draft-schema';
import { footnoteRunsOf, NODE } from '@shared/domain/editor-doc';
import { OWN_MARKUP } from '@shared/domain/paste';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Puts a footnote with this text after the selection. */
      insertFootnote: (content: TextRun[]) => ReturnType;
      /** Replaces the text of the footnote at `pos`; empty text deletes it. */
      updateFootnote: (pos: number, content: TextRun[]) => ReturnType;
      /** Deletes the footnote at `pos`. */
      deleteFootnote: (pos: number) => ReturnType;
      /** Sets the number of the field's first footnote. */
      setFootnoteOffset: (offset: number) => ReturnType;
    };
  }
}

export interface FootnoteOptions {
  /** Whether the field lets the clerk add footnotes. */
  allowed: () => boolean;
  /** Opens the editing dialog for the footnote at `pos`. */
  onEdit: (pos: number) => void;
  /** The number of the field's first footnote when the editor starts. */
  initialOffset: number;
}

interface Numbers {
  offset: number;
  decorations: DecorationSet;
}

/** Holds the footnote numbers of a field. */
export const footnoteNumbersKey = new PluginKey<Numbers>('rtFootnoteNumbers');

/** The plain text of a footnote, for its tooltip. */
export function footnoteText(node: PmNode): string {
  return footnoteRunsOf(node.attrs.content)
    .map((run) => run.text)
    .join('');
}

function numbered(doc: PmNode, offset: number): DecorationSet {
  const decorations: Decoration[] = [];
  let n = offset;
  doc.descendants((node, pos) => {
    if (node.type.name !== NODE.footnote) return !node.isTextblock || node.childCount > 0;
    decorations.push(Decoration.node(pos, pos + node.nodeSize, {}, { footnoteNumber: n++ }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The number shown for the footnote at `pos`, or null. */
export function footnoteNumberAt(state: EditorState, pos: number): number | null {
  const numbers = footnoteNumbersKey.getState(state);
  const found = numbers?.decorations.find(pos, pos + 1, (spec) => typeof spec.footnoteNumber === 'number')[0];
  return found ? (found.spec.footnoteNumber as number) : null;
}

/** The footnote the clerk means: the one selected, or the one just before (else after) the cursor. */
export function footnoteNear(state: EditorState): { pos: number; node: PmNode } | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type.name === NODE.footnote) return { pos: selection.from, node: selection.node };
  if (!selection.empty) return null;
  const { $from } = selection;
  if ($from.nodeBefore?.type.name === NODE.footnote) return { pos: $from.pos - $from.nodeBefore.nodeSize, node: $from.nodeBefore };
  if ($from.nodeAfter?.type.name === NODE.footnote) return { pos: $from.pos, node: $from.nodeAfter };
  return null;
}

export const Footnote = Node.create<FootnoteOptions>({
  name: NODE.footnote,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  marks: '',

  addOptions() {
    return { allowed: () => true, onEdit: () => {}, initialOffset: 1 };
  },

  addAttributes() {
    return {
      content: {
        default: [],
        parseHTML: (element) => {
          try {
            return footnoteRunsOf(JSON.parse(element.getAttribute(OWN_MARKUP.footnoteAttr) ?? '[]'));
          } catch {
            return [];
          }
        },
        renderHTML: (attributes) => ({ [OWN_MARKUP.footnoteAttr]: JSON.stringify(attributes.content ?? []) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: `sup[${OWN_MARKUP.footnoteAttr}]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'rt-footnote' })];
  },

  renderText() {
    return '';
  },

  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('sup');
      dom.className = 'rt-footnote';
      dom.contentEditable = 'false';
      const hidden = dom.appendChild(document.createElement('span'));
      hidden.className = 'rt-sr-only';
      hidden.textContent = 'chú thích ';
      const number = dom.appendChild(document.createElement('span'));
      let current = node;
      const render = (n: PmNode, decos: readonly Decoration[]) => {
        const spec = decos.find((d) => typeof (d.spec as { footnoteNumber?: unknown }).footnoteNumber === 'number')?.spec as { footnoteNumber: number } | undefined;
        number.textContent = spec ? String(spec.footnoteNumber) : '*';
        dom.title = `Chú thích ${spec?.footnoteNumber ?? ''}: ${footnoteText(n)}`;
      };
      render(node, decorations);
      return {
        dom,
        update: (updated, decos) => {
          if (updated.type !== current.type) return false;
          current = updated;
          render(updated, decos);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },

  addCommands() {
    return {
      insertFootnote:
        (content) =>
        ({ tr, dispatch }) => {
          if (!this.options.allowed() || content.length === 0) return false;
          if (dispatch) {
            const at = tr.selection.to;
            const node = this.type.create({ content });
            tr.insert(at, node);
            // The caret goes after the mark, so the next key types on; a selected footnote would be replaced by it.
            tr.setSelection(TextSelection.create(tr.doc, at + node.nodeSize)).scrollIntoView();
          }
          return true;
        },
      updateFootnote:
        (pos, content) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(pos);
          if (node?.type !== this.type) return false;
          if (dispatch) {
            if (content.length === 0) tr.delete(pos, pos + node.nodeSize);
            else tr.setNodeMarkup(pos, undefined, { content });
          }
          return true;
        },
      deleteFootnote:
        (pos) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(pos);
          if (node?.type !== this.type) return false;
          if (dispatch) tr.delete(pos, pos + node.nodeSize);
          return true;
        },
      setFootnoteOffset:
        (offset) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(footnoteNumbersKey, offset).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // Backspace/Delete next to a footnote remove it: deleting a non-editable inline node is
    // left to the browser otherwise, which does not always manage it.
    const remove = (side: 'before' | 'after') => () => {
      const { selection } = this.editor.state;
      if (!selection.empty) return false;
      const { $from } = selection;
      const node = side === 'before' ? $from.nodeBefore : $from.nodeAfter;
      if (node?.type !== this.type) return false;
      const pos = side === 'before' ? $from.pos - node.nodeSize : $from.pos;
      return this.editor.commands.deleteFootnote(pos);
    };
    return {
      Backspace: remove('before'),
      Delete: remove('after'),
      Enter: () => {
        const near = this.editor.state.selection instanceof NodeSelection ? footnoteNear(this.editor.state) : null;
        if (!near) return false;
        this.options.onEdit(near.pos);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const initialOffset = this.options.initialOffset;
    const onEdit = (pos: number) => this.options.onEdit(pos);
    return [
      new Plugin<Numbers>({
        key: footnoteNumbersKey,
        state: {
          init: (_, state) => ({ offset: initialOffset, decorations: numbered(state.doc, initialOffset) }),
          apply: (tr, value, _old, state) => {
            const offset = tr.getMeta(footnoteNumbersKey) as number | undefined;
            if (offset !== undefined && offset !== value.offset) return { offset, decorations: numbered(state.doc, offset) };
            return tr.docChanged ? { offset: value.offset, decorations: numbered(state.doc, value.offset) } : value;
          },
        },
        props: {
          decorations: (state) => footnoteNumbersKey.getState(state)?.decorations,
          handleClickOn: (_view, _pos, node, nodePos, _event, direct) => {
            if (!direct || node.type.name !== NODE.footnote) return false;
            onEdit(nodePos);
            return true;
          },
        },
      }),
    ];
  },
});
