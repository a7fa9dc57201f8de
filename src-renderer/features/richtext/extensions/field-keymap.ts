/**
 * The keys a field owns beyond formatting: undo/redo go to the draft store (history spans the
 * whole draft, so the editor keeps none); Tab switches "-"/"+" in an item and moves between
 * cells in a table, and after Escape it leaves the field like anywhere else; Alt+F10 goes to the
 * toolbar; the insert shortcuts open the footnote dialog or insert a table.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { goToNextCell, isInTable } from '@tiptap/pm/tables';
import { NODE } from '@shared/domain/editor-doc';
import { KEYS } from '../shortcuts';

export interface FieldKeymapOptions {
  onUndo: () => void;
  onRedo: () => void;
  /** Moves focus to the toolbar of the focused field; false when there is none. */
  onFocusToolbar: () => boolean;
  /** Opens the dialog that inserts a footnote at the cursor (only when footnotes are allowed). */
  onInsertFootnote: () => void;
  footnotesAllowed: () => boolean;
}

interface TabRelease {
  released: boolean;
}

const NEUTRAL_KEYS = new Set(['Escape', 'Tab', 'Shift', 'Control', 'Alt', 'Meta']);

export const FieldKeymap = Extension.create<FieldKeymapOptions, TabRelease>({
  name: 'fieldKeymap',
  priority: 1000,

  addOptions() {
    return { onUndo: () => {}, onRedo: () => {}, onFocusToolbar: () => false, onInsertFootnote: () => {}, footnotesAllowed: () => true };
  },

  addStorage() {
    return { released: false };
  },

  addKeyboardShortcuts() {
    const undo = () => {
      this.options.onUndo();
      return true;
    };
    const redo = () => {
      this.options.onRedo();
      return true;
    };
    const tab = (direction: 1 | -1) => () => {
      if (this.storage.released) {
        this.storage.released = false;
        return false;
      }
      const { state } = this.editor;
      const parent = state.selection.$from.parent;
      if (parent.type.name === NODE.bulletItem) {
        const marker = direction > 0 ? '+' : '-';
        if (parent.attrs.marker !== marker) this.editor.commands.setBlockKind(marker);
        return true;
      }
      if (isInTable(state)) {
        if (goToNextCell(direction)(state, this.editor.view.dispatch)) return true;
        // Tab in the last cell adds a row, as in Word; Escape then Tab leaves the table.
        return direction > 0 ? this.editor.chain().addRowAfter().goToNextCell().run() : true;
      }
      return false;
    };
    return {
      [KEYS.undo]: undo,
      [KEYS.redo]: redo,
      [KEYS.redoAlt]: redo,
      Tab: tab(1),
      'Shift-Tab': tab(-1),
      Escape: () => {
        this.storage.released = true;
        return false;
      },
      [KEYS.toolbar]: () => this.options.onFocusToolbar(),
      [KEYS.insertFootnote]: () => {
        if (!this.options.footnotesAllowed()) return false;
        this.options.onInsertFootnote();
        return true;
      },
      [KEYS.insertTable]: () => this.editor.commands.insertReportTable(),
    };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('rtFieldKeys'),
        props: {
          handleKeyDown: (_view, event) => {
            if (!NEUTRAL_KEYS.has(event.key)) storage.released = false;
            return false;
          },
          handleDOMEvents: {
            // The Edit menu and OS gestures undo through beforeinput: to the store as well.
            beforeinput: (_view, event) => {
              const { inputType } = event as InputEvent;
              if (inputType !== 'historyUndo' && inputType !== 'historyRedo') return false;
              event.preventDefault();
              if (inputType === 'historyUndo') options.onUndo();
              else options.onRedo();
              return true;
            },
          },
        },
      }),
    ];
  },
});
