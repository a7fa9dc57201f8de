/** What every part of the builder shares during one export: the page plan and the footnote bodies. */
import type { Paragraph } from 'docx';
import type { PagePlan } from '../../shared/layout';

export interface BuildContext {
  plan: PagePlan;
  /** Registers the body of footnote `number` (the plan's reading-order number is its id). */
  addFootnote(number: number, children: Paragraph[]): number;
  /** Footnote bodies by id, for the Document options. */
  readonly footnotes: Record<string, { children: Paragraph[] }>;
}

/** A fresh context for one export of `plan`. */
export function createContext(plan: PagePlan): BuildContext {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  return {
    plan,
    addFootnote(number, children) {
      footnotes[String(number)] = { children };
      return number;
    },
    footnotes,
  };
}
