/**
 * The signature area (ô 7a–7c, 9b, 12; spec §8–9): a borderless 35/65 table, "Nơi nhận:" and its
 * list on the left, the authority lines, signature space and name centred on the right. One
 * row, top-aligned, so "Nơi nhận:" sits level with the first authority line; the row cannot
 * split, and the paragraph before it keeps with it, so the block never stands alone on a page.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable } from 'docx';
import type { Draft, Signer } from '../../shared/domain/draft-schema';
import type { BuildContext } from './context';
import { centred, TIGHT } from './paragraph-kit';
import { textRuns } from './runs';
import { dxa, NO_BORDERS, NO_CELL_BORDERS } from './table-kit';
import { textWidthTwips } from './text-width';

/** Share of the Nơi nhận column (Mẫu 1.4: 32 %, other forms 35–38 %). */
export const SIGNATURE_LEFT_SHARE = 0.35;
/** Space between the content and the signature area (about one blank line, as in Mẫu 1.4). */
const SIGNATURE_GAP = 240;
const PADDING = 85;

/** The authority lines: "KT. GIÁM ĐỐC" then "PHÓ GIÁM ĐỐC"; with no prefix just the title. */
export function authorityLines(signer: Signer): string[] {
  const authority = signer.authorityTitle.trim();
  const own = signer.signerTitle.trim();
  const first = signer.prefix ? `${signer.prefix} ${authority}`.trim() : authority;
  const lines = [first];
  if (own && own.toLocaleUpperCase('vi') !== authority.toLocaleUpperCase('vi')) lines.push(own);
  return lines.filter(Boolean).map((l) => l.toLocaleUpperCase('vi'));
}

/** Ô 12: drafter code in capitals and copies issued, e.g. "PL.(300)". */
export function drafterMark(drafter: Draft['drafter']): string {
  const code = drafter.code.trim().replace(/\.+$/u, '').toLocaleUpperCase('vi');
  const copies = drafter.copies === null ? '' : `(${drafter.copies})`;
  if (code && copies) return `${code}.${copies}`;
  return code || copies;
}

/** The last line of the list: "- Lưu: VT, {archive}." with ô 12 after it, as Mẫu 1.4 writes it. */
export function archiveLine(archive: string, drafter: Draft['drafter']): string {
  const unit = archive.trim().replace(/^VT\s*,\s*/iu, '').replace(/[\s.;,]+$/u, '');
  const base = unit ? `- Lưu: VT, ${unit}.` : '- Lưu: VT.';
  const mark = drafterMark(drafter);
  return mark ? `${base} ${mark}.` : base;
}

/** The list lines: "- …;" each, "- Như trên;" first for a report with Kính gửi, the Lưu line last. */
export function recipientLines(draft: Draft, clean: (s: string) => string): string[] {
  const recipients = draft.noiNhan.recipients
    .map((r) => clean(r).replace(/\s+/gu, ' ').replace(/^[-–+•\s]+/u, '').replace(/[\s;.,]+$/u, ''))
    .filter(Boolean);
  const upward = draft.kinhGui.some((r) => r.trim());
  if (upward && !recipients.some((r) => /^như trên$/iu.test(r))) recipients.unshift('Như trên');
  return [...recipients.map((r) => `- ${r};`), archiveLine(clean(draft.noiNhan.archive), draft.drafter)];
}

function leftCell(ctx: BuildContext, draft: Draft, width: number): TableCell {
  const { sizes } = ctx;
  const dash = textWidthTwips('- ', sizes.noiNhan);
  const lines = recipientLines(draft, ctx.clean);
  const children = [
    new Paragraph({ ...TIGHT, alignment: AlignmentType.LEFT, children: textRuns(ctx, 'Nơi nhận:', { sizePt: sizes.noiNhanLabel, bold: true, italics: true }) }),
    ...lines.map(
      (line) =>
        new Paragraph({
          ...TIGHT,
          alignment: AlignmentType.LEFT,
          indent: { left: dash, hanging: dash },
          children: textRuns(ctx, line, { sizePt: sizes.noiNhan }),
        }),
    ),
  ];
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    borders: NO_CELL_BORDERS,
    margins: { left: 0, right: PADDING, top: SIGNATURE_GAP, bottom: 0 },
    children,
  });
}

function rightCell(ctx: BuildContext, signer: Signer, width: number): TableCell {
  const { sizes, layout } = ctx;
  // About 1.5 lines per blank line at the signer size: 4 lines ≈ 3 cm at 14 pt (practice 2.5–3.5 cm).
  const gap = Math.round(layout.signatureGapLines * sizes.signer * 1.5 * 20);
  const name = ctx.clean(signer.name).replace(/\s+/gu, ' ').trim();
  const children = [
    ...authorityLines({ ...signer, authorityTitle: ctx.clean(signer.authorityTitle), signerTitle: ctx.clean(signer.signerTitle) }).map(
      (line) => centred(textRuns(ctx, line, { sizePt: sizes.signer, bold: true })),
    ),
    centred(textRuns(ctx, name, { sizePt: sizes.signerName, bold: true }), { before: gap }),
  ];
  return new TableCell({
    width: dxa(width),
    verticalAlign: VerticalAlignTable.TOP,
    borders: NO_CELL_BORDERS,
    margins: { left: PADDING, right: 0, top: SIGNATURE_GAP, bottom: 0 },
    children,
  });
}

/** The signature table. */
export function signatureBlock(ctx: BuildContext, draft: Draft): Table {
  const total = ctx.geometry.textWidth;
  const left = Math.round(total * SIGNATURE_LEFT_SHARE);
  const right = total - left;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(total),
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [leftCell(ctx, draft, left), rightCell(ctx, draft.signer, right)],
      }),
    ],
  });
}
