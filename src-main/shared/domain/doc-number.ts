/** The "Số: …/BC-…" line of ô 3 per NĐ30 Phụ lục I II.3. */

/** Non-breaking spaces standing for a number the văn thư writes in after signing. */
export const BLANK_NUMBER = '\u00A0'.repeat(6);

export interface NumberParts {
  number: string;
  typeAbbr: string;
  agencyAbbr: string;
  extraGroup?: string;
}

/** Zero-pads numbers below 10 ("5" → "05"); keeps a blank number blank. */
export function formatDocNumber(number: string): string {
  const digits = number.trim();
  if (!digits) return '';
  const n = Number.parseInt(digits, 10);
  return n < 10 ? `0${n}` : String(n);
}

/** "BC-STTTT" or "BC-STTTT-VP": groups joined by "-" with no spaces, in capitals. */
export function formatKyHieu(parts: NumberParts): string {
  return [parts.typeAbbr, parts.agencyAbbr, parts.extraGroup ?? '']
    .map((group) => group.trim().toLocaleUpperCase('vi'))
    .filter((group) => group.length > 0)
    .join('-');
}

/** "Số: 15/BC-STTTT", or "Số:      /BC-STTTT" with a visible blank number. */
export function formatSoKyHieu(parts: NumberParts): string {
  const number = formatDocNumber(parts.number) || BLANK_NUMBER;
  return `Số: ${number}/${formatKyHieu(parts)}`;
}
