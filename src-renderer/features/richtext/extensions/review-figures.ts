/**
 * Figures to review ("Dùng cho kỳ mới": last period's counts, amounts, percentages and years)
 * highlighted in a field until the clerk touches them. Decorations only: the document, and so
 * the stored draft, is never changed by them. A figure's highlight goes when a change of the
 * document reaches its characters (typing in or right beside it, deleting it, replacing the
 * text around it, formatting it); the highlights left are reported after each change with their
 * place in the field's new value, so the flags kept outside follow the text.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { figureOfRange, rangeOfFigure, type FieldFigure, type FigureRange } from '../review-positions';

/** The field's figures to review, and where the ones left go after each change. */
export interface ReviewHighlight {
  /** The figures still to review, read once when the field is created. */
  figures: () => readonly FieldFigure[];
  /** The figures left after a change of the field, at their place in its new value. */
  onChange: (figures: FieldFigure[]) => void;
  /** Calls `clear` when every figure is reviewed at once ("Đã rà soát xong"); returns the unsubscribe. */
  subscribe?: ((clear: () => void) => () => void) | undefined;
}

export interface ReviewFiguresOptions {
  kind: 'blocks' | 'inline';
  /** Null for a field without figures to review. */
  review: () => ReviewHighlight | null;
}

/** What a highlight says to the clerk (its tooltip) and to a screen reader (its description). */
export const REVIEW_FIGURE_HINT = 'Số liệu kỳ trước, cần rà soát';
const FOOTNOTE_HINT = 'Chú thích có số liệu kỳ trước, cần rà soát';

export const reviewFiguresKey = new PluginKey<DecorationSet>('rtReviewFigures');
/** Transaction meta: every highlight of the field goes. */
const CLEAR = 'rtReviewFiguresClear';

function decorationOf(range: FigureRange): Decoration {
  if (range.footnote) {
    return Decoration.node(range.from, range.to, { class: 'rt-review-figure rt-review-footnote', 'aria-description': FOOTNOTE_HINT }, { range });
  }
  return Decoration.inline(
    range.from,
    range.to,
    { nodeName: 'mark', class: 'rt-review-figure', title: REVIEW_FIGURE_HINT, 'aria-description': REVIEW_FIGURE_HINT, 'data-review-figure': range.text },
    { range },
  );
}

/** The highlights of the figures found in `doc` (a figure whose text is gone is left out). */
function initialSet(doc: PmNode, kind: 'blocks' | 'inline', figures: readonly FieldFigure[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const figure of figures) {
    const range = rangeOfFigure(doc, kind, figure);
    if (range) decorations.push(decorationOf(range));
  }
  return decorations.length > 0 ? DecorationSet.create(doc, decorations) : DecorationSet.empty;
}

/** The ranges of the final document that a transaction's steps changed, formatting included. */
function changedRanges(tr: Transaction): [number, number][] {
  const out: [number, number][] = [];
  tr.steps.forEach((step, i) => {
    const after = tr.mapping.slice(i + 1);
    const add = (from: number, to: number) => out.push([after.map(from, -1), after.map(to, 1)]);
    let moved = false;
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      moved = true;
      add(newStart, newEnd);
    });
    if (moved) return;
    // Mark and attribute steps move nothing, so their map is empty: their own range says where.
    const own = step as unknown as { from?: unknown; to?: unknown; pos?: unknown };
    if (typeof own.from === 'number' && typeof own.to === 'number') add(own.from, own.to);
    else if (typeof own.pos === 'number') add(own.pos, own.pos + 1);
  });
  return out;
}

function apply(tr: Transaction, set: DecorationSet): DecorationSet {
  if (tr.getMeta(CLEAR)) return DecorationSet.empty;
  if (!tr.docChanged || set === DecorationSet.empty) return set;
  let next = set.map(tr.mapping, tr.doc);
  for (const [from, to] of changedRanges(tr)) {
    const touched = next.find(from, to);
    if (touched.length > 0) next = next.remove(touched);
  }
  return next.find().length > 0 ? next : DecorationSet.empty;
}

/** The figures a set highlights, at their place in `doc`, in document order. */
function figuresOf(state: EditorState, kind: 'blocks' | 'inline'): FieldFigure[] {
  const set = reviewFiguresKey.getState(state) ?? DecorationSet.empty;
  const out: FieldFigure[] = [];
  for (const decoration of set.find().sort((a, b) => a.from - b.from)) {
    const stored = (decoration.spec as { range: FigureRange }).range;
    const figure = figureOfRange(state.doc, kind, { ...stored, from: decoration.from, to: decoration.to });
    if (figure) out.push(figure);
  }
  return out;
}

/** Highlights the figures of `review` and reports the ones left after each change. */
export const ReviewFigures = Extension.create<ReviewFiguresOptions>({
  name: 'reviewFigures',

  addOptions() {
    return { kind: 'blocks', review: () => null };
  },

  addProseMirrorPlugins() {
    const { kind, review } = this.options;
    const source = review();
    if (!source) return [];
    return [
      new Plugin<DecorationSet>({
        key: reviewFiguresKey,
        state: {
          init: (_config, state) => initialSet(state.doc, kind, source.figures()),
          apply,
        },
        props: {
          decorations: (state) => reviewFiguresKey.getState(state),
        },
        view: (view) => {
          let last = JSON.stringify(figuresOf(view.state, kind));
          // Figures whose text was no longer there when the field opened are dropped at once.
          if (last !== JSON.stringify(source.figures())) source.onChange(JSON.parse(last) as FieldFigure[]);
          const unsubscribe = source.subscribe?.(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(CLEAR, true).setMeta('addToHistory', false));
          });
          return {
            update: (updated, previous) => {
              const before = reviewFiguresKey.getState(previous);
              const after = reviewFiguresKey.getState(updated.state);
              if (before === DecorationSet.empty && after === DecorationSet.empty) return;
              if (updated.state.doc === previous.doc && before === after) return;
              const figures = figuresOf(updated.state, kind);
              const now = JSON.stringify(figures);
              if (now === last) return;
              last = now;
              source.onChange(figures);
            },
            destroy: () => unsubscribe?.(),
          };
        },
      }),
    ];
  },
});
