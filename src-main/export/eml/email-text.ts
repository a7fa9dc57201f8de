/** The subject and the short Vietnamese body of the email that carries a report. */
import { formatDatePhrase } from '../../shared/domain/dates';
import { formatDocNumber, formatKyHieu } from '../../shared/domain/doc-number';
import type { Draft } from '../../shared/domain/draft-schema';

/** Used when the trích yếu is still empty. */
export const FALLBACK_SUBJECT = 'Báo cáo';

export interface EmailText {
  subject: string;
  body: string;
}

/** One line of plain text: NFC, no control or invisible characters, one space between words. */
export function oneLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** "Báo cáo số 15/BC-STTTT ngày 05 tháng 11 năm 2023", leaving out what the draft leaves blank. */
function reportReference(draft: Pick<Draft, 'header'>): string {
  const { header } = draft;
  const number = formatDocNumber(header.number);
  const parts = ['Báo cáo'];
  if (number) parts.push(`số ${number}/${formatKyHieu(header)}`);
  if (header.date.day !== null && header.date.month !== null) parts.push(formatDatePhrase(header.date));
  return parts.join(' ');
}

function salutation(kinhGui: readonly string[]): string[] {
  const names = kinhGui.map(oneLine).filter(Boolean);
  if (names.length === 0) return ['Kính gửi: Quý cơ quan, đơn vị.'];
  if (names.length === 1) return [`Kính gửi: ${names[0]}.`];
  return ['Kính gửi:', ...names.map((name, i) => `- ${name}${i === names.length - 1 ? '.' : ';'}`)];
}

/** Subject = the trích yếu on one line; the body names the recipients, the report and its two files. */
export function emailText(draft: Pick<Draft, 'header' | 'title' | 'kinhGui'>): EmailText {
  const title = oneLine(draft.title);
  const agency = oneLine(draft.header.issuingAgency);
  const report = title ? `${reportReference(draft)} “${title}”` : reportReference(draft);
  const body = [
    ...salutation(draft.kinhGui),
    '',
    `${agency || 'Chúng tôi'} trân trọng gửi kèm theo thư này ${report}.`,
    '',
    'Báo cáo được đính kèm ở hai tệp: tệp DOCX (để chỉnh sửa) và tệp PDF (để xem và in, giữ nguyên trình bày).',
    '',
    'Trân trọng./.',
  ];
  return { subject: title || FALLBACK_SUBJECT, body: `${body.join('\n')}\n` };
}
