/**
 * What a draft prints, as comparable lines: every line of the page plan in reading order, with
 * the formatting of body text marked (**bold**, _italic_, __underline__), footnotes inline, table
 * cells with their spans and alignment. Two drafts print alike exactly when their forms are
 * equal; the tests use it to prove that an import prints what the original printed.
 */
import type { Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { planPages } from '../layout/plan-pages';
import type { PlanBlock, PlanInline, TextLines } from '../layout/plan-types';

/** Runs with their formatting marked; in a bold cell, bold is the cell's and not marked. */
function inline(runs: readonly PlanInline[], boldCell = false): string {
  return runs
    .map((r) => {
      if (r.type === 'footnote') return `[^${inline(r.content)}]`;
      let t = r.text;
      if (!t.trim()) return t;
      if (r.underline) t = `__${t}__`;
      if (r.italic) t = `_${t}_`;
      if (r.bold && !boldCell) t = `**${t}**`;
      return t;
    })
    .join('');
}

const lines = (tag: string, text: TextLines | null): string[] => (text ? text.lines.map((l) => `${tag}: ${l}`) : []);

function blocks(list: readonly PlanBlock[]): string[] {
  const out: string[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'heading':
        out.push(...b.lines.map((l) => `heading ${b.level}: ${l}`));
        break;
      case 'paragraph':
        out.push(`${b.role}: ${inline(b.runs)}`);
        break;
      case 'bullet':
        out.push(`bullet: ${inline(b.runs)}`);
        break;
      case 'table':
        out.push(...lines('caption', b.caption));
        out.push(`table ${b.columns.length} cols, ${b.headerRows} header rows`);
        b.rows.forEach((row, r) =>
          row.cells.forEach((c) => {
            if (c.vMerge === 'continue') return;
            out.push(`cell ${r}/${c.column} ${c.colSpan}x${c.rowSpan} ${c.align}${c.bold ? ' bold' : ''}: ${c.paragraphs.map((p) => inline(p, c.bold)).join(' ¶ ')}`);
          }),
        );
        break;
    }
  }
  return out;
}

/** The printed form of `draft` under `layout`. */
export function printedForm(draft: Draft, layout: Layout): string[] {
  const plan = planPages(draft, layout);
  const { header, title, kinhGui, signature } = plan;
  const frames = (tag: string, list: readonly { text: string }[]) => list.map((f) => `${tag}: ${f.text}`);
  return [
    ...frames('mark', header.topLeft),
    ...frames('mark', header.topRight),
    ...lines('parent', header.parentAgency),
    ...lines('agency', header.issuingAgency),
    ...lines('so', header.number),
    ...lines('date', header.date),
    ...frames('stamp', header.stamps),
    ...lines('type', title.docType),
    ...lines('title', title.summary),
    ...(kinhGui === null ? [] : kinhGui.kind === 'single' ? lines('kinh-gui', kinhGui.line) : [...lines('kinh-gui', kinhGui.label), ...kinhGui.items.flatMap((i) => lines('kinh-gui', i))]),
    ...blocks(plan.content),
    ...lines('noi-nhan', signature.noiNhanLabel),
    ...signature.recipients.flatMap((r) => lines('recipient', r)),
    ...signature.authority.flatMap((a) => lines('authority', a)),
    ...lines('signer-title', signature.ownTitle),
    ...lines('signer', signature.name),
    ...(plan.addressLine ? lines('address', plan.addressLine) : []),
    ...plan.appendices.flatMap((a) => [
      `appendix ${a.page.orientation}`,
      ...lines('appendix-label', a.label),
      ...lines('appendix-title', a.title),
      ...lines('appendix-reference', a.reference),
      ...blocks(a.blocks),
    ]),
  ];
}
