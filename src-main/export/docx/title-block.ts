/**
 * Tên loại and trích yếu (ô 5a) with the short rule under them, then the optional "Kính gửi"
 * (ô 9a, spec §6): one recipient on the same line, several as "- …;" lines whose dashes line up
 * under the colon, the last ending with ".".
 */
import { AlignmentType, Paragraph } from 'docx';
import type { Draft } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { centred, ruleParagraph, TIGHT } from './paragraph-kit';
import { textRuns } from './runs';
import { balanceLines, longestLineTwips, textWidthTwips } from './text-width';

export const DOC_TYPE = 'BÁO CÁO';
/** Share of the trích yếu rule in its longest line (NĐ30: 1/3 to 1/2). */
export const TITLE_RULE_RATIO = 0.4;
/** Space between the header table and the title (about one and a half blank lines, as in Mẫu 1.4). */
const TITLE_GAP = 360;
const KINH_GUI_GAP = 240;
const LABEL = 'Kính gửi';

/** A recipient with its list punctuation: ";" inside the list, "." at the end. */
function punctuate(recipient: string, last: boolean): string {
  return `${recipient.replace(/[\s;.,]+$/u, '')}${last ? '.' : ';'}`;
}

function kinhGui(ctx: BuildContext, recipients: string[]): Paragraph[] {
  const size = ctx.sizes.kinhGui;
  const textWidth = ctx.geometry.textWidth;
  const list = recipients.map((r) => ctx.clean(r).replace(/\s+/gu, ' ').trim()).filter(Boolean);
  if (list.length === 0) return [];
  if (list.length === 1) {
    return [centred(textRuns(ctx, `${LABEL}: ${punctuate(list[0] ?? '', true)}`, { sizePt: size }), { before: KINH_GUI_GAP })];
  }
  // The dashes start where the colon stands; the block is centred on the page as far as it fits.
  const labelWidth = textWidthTwips(LABEL, size);
  const dashWidth = textWidthTwips('- ', size);
  const lines = list.map((r, i) => `- ${punctuate(r, i === list.length - 1)}`);
  const widest = Math.max(...lines.map((l) => textWidthTwips(l, size)));
  const left = Math.max(0, Math.round((textWidth - labelWidth - widest) / 2));
  const out = [
    new Paragraph({
      ...TIGHT,
      alignment: AlignmentType.LEFT,
      spacing: { ...TIGHT.spacing, before: KINH_GUI_GAP },
      indent: { left, firstLine: 0 },
      keepNext: true,
      children: textRuns(ctx, `${LABEL}:`, { sizePt: size }),
    }),
  ];
  lines.forEach((line, i) => {
    out.push(
      new Paragraph({
        ...TIGHT,
        alignment: AlignmentType.LEFT,
        // A long recipient wraps under its own text, not under the dash.
        indent: { left: left + labelWidth + dashWidth, hanging: dashWidth },
        ...(i < lines.length - 1 ? { keepNext: true } : {}),
        children: textRuns(ctx, line, { sizePt: size }),
      }),
    );
  });
  return out;
}

/** "BÁO CÁO", the trích yếu, its rule, and the Kính gửi lines. */
export function titleBlock(ctx: BuildContext, draft: Draft): Paragraph[] {
  const { sizes } = ctx;
  const title = balanceLines(ctx.clean(draft.title).trim(), sizes.title, 'bold', ctx.geometry.textWidth);
  const out: Paragraph[] = [centred(textRuns(ctx, DOC_TYPE, { sizePt: sizes.docType, bold: true }), { before: TITLE_GAP }, true)];
  if (title) out.push(centred(textRuns(ctx, title, { sizePt: sizes.title, bold: true }), {}, true));
  const measured = title || DOC_TYPE;
  const longest = longestLineTwips(measured, sizes.title, 'bold', ctx.geometry.textWidth);
  out.push(ruleParagraph(ctx, longest * TITLE_RULE_RATIO, ctx.geometry.textWidth));
  out.push(...kinhGui(ctx, draft.kinhGui));
  return out;
}
