/** Inline content ↔ the inline nodes of a ProseMirror textblock (text with marks, hardBreak, footnote). */
import type { Inline, TextRun } from '../draft-schema';
import { normalizeInlines, normalizeTextRuns } from './normalize';
import { MARKS, NODE, type MarkName, type PmMark, type PmNode } from './pm-json';

function marksOf(run: TextRun): PmMark[] | undefined {
  const marks = MARKS.filter((mark) => run[mark]).map((mark) => ({ type: mark }));
  return marks.length > 0 ? marks : undefined;
}

function withMarks(node: PmNode, marks: PmMark[] | undefined): PmNode {
  return marks ? { ...node, marks } : node;
}

/** The inline nodes of canonical content: `\n` becomes a hardBreak carrying the run's marks. */
export function inlinesToPm(content: readonly Inline[]): PmNode[] {
  const nodes: PmNode[] = [];
  for (const run of normalizeInlines(content)) {
    if (run.type === 'footnote') {
      nodes.push({ type: NODE.footnote, attrs: { content: run.content } });
      continue;
    }
    const marks = marksOf(run);
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) nodes.push(withMarks({ type: NODE.hardBreak }, marks));
      if (part !== '') nodes.push(withMarks({ type: NODE.text, text: part }, marks));
    });
  }
  return nodes;
}

function flagsOf(marks: readonly PmMark[] | undefined): Partial<Record<MarkName, true>> {
  const flags: Partial<Record<MarkName, true>> = {};
  for (const mark of marks ?? []) if ((MARKS as readonly string[]).includes(mark.type)) flags[mark.type as MarkName] = true;
  return flags;
}

/** Footnote text stored in a node attribute, checked: whatever is not a text run is left out. */
export function footnoteRunsOf(value: unknown): TextRun[] {
  if (!Array.isArray(value)) return [];
  const runs: TextRun[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const run = item as Record<string, unknown>;
    if (typeof run.text !== 'string') continue;
    const clean: TextRun = { type: 'text', text: run.text };
    for (const mark of MARKS) if (run[mark] === true) clean[mark] = true;
    runs.push(clean);
  }
  return normalizeTextRuns(runs);
}

/** The text of any node, for nodes the schema does not know (their words are kept, nothing else). */
export function textOf(node: PmNode): string {
  if (node.type === NODE.text) return node.text ?? '';
  if (node.type === NODE.hardBreak) return '\n';
  return (node.content ?? []).map(textOf).join('');
}

/** Canonical inline content of a textblock's children; unknown inline nodes keep their text only. */
export function pmToInlines(nodes: readonly PmNode[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === NODE.footnote) {
      out.push({ type: 'footnote', content: footnoteRunsOf(node.attrs?.content) });
    } else if (node.type === NODE.text || node.type === NODE.hardBreak) {
      out.push({ type: 'text', text: textOf(node), ...flagsOf(node.marks) });
    } else {
      out.push({ type: 'text', text: textOf(node) });
    }
  }
  return normalizeInlines(out);
}
