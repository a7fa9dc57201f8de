/**
 * The fixed parts of a plan as labelled printed lines, in reading order: what every output (DOCX,
 * preview, print, PDF) must print identically. Tests of each output extract the same lines from
 * what they printed and compare them with this list.
 */
import type { PlanBlock } from './plan-blocks';
import type { FixedLine, FixedLineLabel, PagePlan, TextLines } from './plan-types';

const each = (label: FixedLineLabel, text: TextLines | null): FixedLine[] => (text ? text.lines.map((line) => ({ label, text: line })) : []);

function headings(blocks: readonly PlanBlock[]): FixedLine[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? b.lines.map((text) => ({ label: 'heading' as const, text })) : []));
}

/** Quốc hiệu, tiêu ngữ, Số, date, title lines, Kính gửi, headings, Nơi nhận, signer lines, appendix heads. */
export function fixedLines(plan: PagePlan): FixedLine[] {
  const { header, title, kinhGui, signature } = plan;
  const kinh: FixedLine[] =
    kinhGui === null ? [] : kinhGui.kind === 'single' ? each('kinh-gui', kinhGui.line) : [...each('kinh-gui', kinhGui.label), ...kinhGui.items.flatMap((i) => each('kinh-gui', i))];
  return [
    ...each('quoc-hieu', header.quocHieu),
    ...each('tieu-ngu', header.tieuNgu),
    ...each('so', header.number),
    ...each('date', header.date),
    ...each('doc-type', title.docType),
    ...each('title', title.summary),
    ...kinh,
    ...headings(plan.content),
    ...each('noi-nhan-label', signature.noiNhanLabel),
    ...signature.recipients.flatMap((r) => each('noi-nhan', r)),
    ...signature.authority.flatMap((a) => each('authority', a)),
    ...each('signer-title', signature.ownTitle),
    ...each('signer-name', signature.name),
    ...plan.appendices.flatMap((a) => [
      ...each('appendix-label', a.label),
      ...each('appendix-title', a.title),
      ...each('appendix-reference', a.reference),
      ...headings(a.blocks),
    ]),
  ];
}
