/**
 * The signature area (ô 7a–7c, 9b, 12; docs/layout-rules.md §8–9): "Nơi nhận:" and its list on
 * the left, the authority lines, the signer's own title, the signature space and the name
 * centred on the right; "Nơi nhận:" level with the first authority line.
 */
import type { Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { signerBlockLines } from '../domain/signer-rules';
import {
  ARCHIVE_VT,
  AS_ABOVE,
  NOI_NHAN_LABEL,
  SIGNATURE_GAP,
  SIGNATURE_LEFT_SHARE,
  SIGNATURE_LINE_FACTOR,
  SIGNATURE_PADDING,
} from './constants';
import { toCaps, typedLines, type CapsLines } from './caps';
import { font, textLines } from './lines';
import type { PageGeometry, SignaturePlan } from './plan-types';
import type { SizeSet } from './sizes';
import { textWidthTwips } from './text-width';

/** Ô 12: drafter code in capitals and copies issued, e.g. "PL.(300)"; `caps` false gives the code as typed. */
export function drafterMark(drafter: Draft['drafter'], caps = true): string {
  const typed = drafter.code.trim().replace(/\.+$/u, '');
  const code = caps ? toCaps(typed) : typed;
  const copies = drafter.copies === null ? '' : `(${drafter.copies})`;
  if (code && copies) return `${code}.${copies}`;
  return code || copies;
}

/** The last line of the list: "- Lưu: VT, {archive}." with ô 12 after it, as Mẫu 1.4 writes it (`caps` as in drafterMark). */
export function archiveLine(archive: string, drafter: Draft['drafter'], caps = true): string {
  const unit = archive.trim().replace(new RegExp(`^${ARCHIVE_VT}\\s*,\\s*`, 'iu'), '').replace(/[\s.;,]+$/u, '');
  const base = unit ? `- Lưu: ${ARCHIVE_VT}, ${unit}.` : `- Lưu: ${ARCHIVE_VT}.`;
  const mark = drafterMark(drafter, caps);
  return mark ? `${base} ${mark}.` : base;
}

/** The list lines: "- …;" each, "- Như trên;" first for a report with Kính gửi, the Lưu line last (`caps` as in drafterMark). */
export function recipientLines(draft: Draft, caps = true): string[] {
  const recipients = draft.noiNhan.recipients
    .map((r) => r.replace(/\s+/gu, ' ').replace(/^[-–+•\s]+/u, '').replace(/[\s;.,]+$/u, ''))
    .filter(Boolean);
  const upward = draft.kinhGui.some((r) => r.trim());
  const asAbove = new RegExp(`^${AS_ABOVE}$`, 'iu');
  if (upward && !recipients.some((r) => asAbove.test(r))) recipients.unshift(AS_ABOVE);
  return [...recipients.map((r) => `- ${r};`), archiveLine(draft.noiNhan.archive, draft.drafter, caps)];
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The clerk's text of authority line `i` ("KT. Chủ tịch"), which signerBlockLines prints in capitals. */
function authorityTyped(signer: Draft['signer'], i: number): string | null {
  const line = signer.authority[i];
  return line ? oneLine(`${line.prefix} ${line.title}`) : null;
}

/** The clerk's lines of the signer's own title, in the order signerBlockLines prints them. */
const ownTitleTyped = (signer: Draft['signer']): string[] => signer.title.split('\n').map(oneLine).filter(Boolean);

/** Printed lines with the clerk's letters, when they are what the printed lines put in capitals. */
const withTyped = (lines: readonly string[], typed: readonly string[]): CapsLines => ({ lines: [...lines], typed: typedLines(lines, typed) });

/** The signature area. */
export function planSignature(draft: Draft, layout: Layout, page: PageGeometry, sizes: SizeSet): SignaturePlan {
  const total = page.textWidth;
  const left = Math.round(total * SIGNATURE_LEFT_SHARE);
  const dash = textWidthTwips('- ', sizes.noiNhan);
  const lines = signerBlockLines(draft.signer);
  const typed = recipientLines(draft, false);
  const signerFont = font(sizes.signer, true);
  const gap = Math.round(layout.signatureGapLines * sizes.signer * SIGNATURE_LINE_FACTOR * 20);
  return {
    columns: { left, right: total - left, total },
    gapAbove: SIGNATURE_GAP,
    innerPadding: SIGNATURE_PADDING,
    noiNhanLabel: textLines([NOI_NHAN_LABEL], font(sizes.noiNhanLabel, true, true), { align: 'left' }),
    recipients: recipientLines(draft).map((line, i) =>
      textLines(withTyped([line], [typed[i] ?? line]), font(sizes.noiNhan), { align: 'left', indentLeft: dash, indentFirstLine: -dash }),
    ),
    authority: lines.authority.map((line, i) => textLines(withTyped([line], [authorityTyped(draft.signer, i) ?? line]), signerFont)),
    ownTitle: lines.title.length > 0 ? textLines(withTyped(lines.title, ownTitleTyped(draft.signer)), signerFont) : null,
    name: textLines([lines.name], font(sizes.signerName, true), { spaceBefore: gap }),
  };
}
