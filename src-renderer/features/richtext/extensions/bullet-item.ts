/**
 * The "-" and "+" items of a report: a textblock with a marker, not a nested list (NĐ30 practice
 * has exactly these two levels below a)). Enter makes the next item, Enter on an empty item
 * ends the list, Backspace at its start turns it back into a paragraph, "- " or "+ " typed at
 * the start of a paragraph makes an item.
 */
import { InputRule, mergeAttributes, Node } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { canSplit } from '@tiptap/pm/transform';
import { NODE } from '@shared/domain/editor-doc';
import { OWN_MARKUP } from '@shared/domain/paste';
import { KEYS } from '../shortcuts';

export type Marker = '-' | '+';
/** What a top-level textblock is: a paragraph or an item with its marker. */
export type BlockKind = 'paragraph' | Marker;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bulletItem: {
      /** Makes the top-level textblocks of the selection paragraphs or items. */
      setBlockKind: (kind: BlockKind) => ReturnType;
      /** Makes them items with this marker, or paragraphs when they all are already. */
      toggleItem: (marker: Marker) => ReturnType;
    };
  }
}

export interface BulletItemOptions {
  /** Whether the field lets the clerk make items (existing ones are always kept). */
  allowed: () => boolean;
}

/** The top-level textblocks the selection touches, with their positions. */
export function selectedTextblocks(state: EditorState): { node: PmNode; pos: number }[] {
  const { from, to } = state.selection;
  const out: { node: PmNode; pos: number }[] = [];
  state.doc.nodesBetween(from, to, (node, pos, parent) => {
    if (parent === state.doc && node.isTextblock) out.push({ node, pos });
    return parent === null;
  });
  return out;
}

function setKind(state: EditorState, tr: Transaction, kind: BlockKind): boolean {
  const blocks = selectedTextblocks(state);
  if (blocks.length === 0) return false;
  const paragraph = state.schema.nodes[NODE.paragraph];
  const item = state.schema.nodes[NODE.bulletItem];
  if (!paragraph || !item) return false;
  for (const { node, pos } of blocks) {
    if (kind === 'paragraph') {
      if (node.type !== paragraph) tr.setNodeMarkup(pos, paragraph);
    } else if (node.type !== item || node.attrs.marker !== kind) {
      tr.setNodeMarkup(pos, item, { marker: kind });
    }
  }
  return true;
}

export const BulletItem = Node.create<BulletItemOptions>({
  name: NODE.bulletItem,
  group: 'block',
  content: 'inline*',
  defining: true,

  addOptions() {
    return { allowed: () => true };
  },

  addAttributes() {
    return {
      marker: {
        default: '-',
        parseHTML: (element) => (element.getAttribute(OWN_MARKUP.markerAttr) === '+' ? '+' : '-'),
        renderHTML: (attributes) => ({ [OWN_MARKUP.markerAttr]: attributes.marker === '+' ? '+' : '-' }),
      },
    };
  },

  parseHTML() {
    return [{ tag: `p.${OWN_MARKUP.bulletClass}`, priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { class: OWN_MARKUP.bulletClass }), 0];
  },

  addCommands() {
    return {
      setBlockKind:
        (kind) =>
        ({ state, tr }) => {
          if (kind !== 'paragraph' && !this.options.allowed()) return false;
          return setKind(state, tr, kind);
        },
      toggleItem:
        (marker) =>
        ({ state, tr }) => {
          const blocks = selectedTextblocks(state);
          const all = blocks.length > 0 && blocks.every(({ node }) => node.type.name === NODE.bulletItem && node.attrs.marker === marker);
          if (!all && !this.options.allowed()) return false;
          return setKind(state, tr, all ? 'paragraph' : marker);
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { state } = this.editor;
        const { $from } = state.selection;
        if ($from.parent.type !== this.type) return false;
        if ($from.parent.content.size === 0) return this.editor.commands.setBlockKind('paragraph');
        return this.editor.commands.command(({ tr, dispatch }) => {
          if (!tr.selection.empty) tr.deleteSelection();
          const pos = tr.selection.from;
          const types = [{ type: this.type, attrs: { marker: $from.parent.attrs.marker } }];
          if (!canSplit(tr.doc, pos, 1, types)) return false;
          if (dispatch) {
            const marks = state.storedMarks ?? ($from.parentOffset > 0 ? $from.marks() : null);
            tr.split(pos, 1, types);
            if (marks) tr.ensureMarks(marks);
            tr.scrollIntoView();
          }
          return true;
        });
      },
      Backspace: () => {
        const { selection } = this.editor.state;
        if (!selection.empty || selection.$from.parent.type !== this.type || selection.$from.parentOffset > 0) return false;
        return this.editor.commands.setBlockKind('paragraph');
      },
      [KEYS.dashItem]: () => this.editor.commands.toggleItem('-'),
      [KEYS.plusItem]: () => this.editor.commands.toggleItem('+'),
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: /^([-+])\s$/,
        handler: ({ state, range, match }) => {
          if (!this.options.allowed()) return null;
          const $start = state.doc.resolve(range.from);
          // Only a top-level paragraph becomes an item (table cells hold paragraphs only).
          if ($start.depth !== 1 || $start.parent.type.name !== NODE.paragraph) return null;
          state.tr.delete(range.from, range.to).setNodeMarkup($start.before(), this.type, { marker: match[1] === '+' ? '+' : '-' });
          return undefined;
        },
      }),
    ];
  },
});
