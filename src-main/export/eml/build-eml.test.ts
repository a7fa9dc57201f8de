import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml, DOCX_MIME, outboxMessageId, PDF_MIME } from './build-eml';
import { emailText } from './email-text';

const header = {
  parentAgency: 'UBND TỈNH QUẢNG TRỊ',
  issuingAgency: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG',
  number: '15',
  typeAbbr: 'BC',
  agencyAbbr: 'STTTT',
  extraGroup: '',
  place: 'Quảng Trị',
  date: { day: 5, month: 11, year: 2023 },
};

/** Bytes with every value 0–255 and CR/LF runs, so any re-encoding would show. */
const binary = (seed: number, length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);

describe('buildEml', () => {
  it('parses back with the subject, body, X-Unsent and both attachments byte for byte', async () => {
    const text = emailText({ header, title: 'Kết quả thực hiện công tác\ntuyên truyền cải cách hành chính năm 2023', kinhGui: ['Ủy ban nhân dân tỉnh'] });
    const docx = binary(7, 70_000);
    const pdf = binary(3, 40_001);
    const date = new Date('2023-11-05T03:04:05Z');
    const bytes = await buildEml({
      ...text,
      date,
      messageId: outboxMessageId('draft-123', date),
      attachments: [
        { filename: 'BC-STTTT Kết quả thực hiện công tác tuyên truyền.docx', contentType: DOCX_MIME, content: docx },
        { filename: 'BC-STTTT Kết quả thực hiện công tác tuyên truyền.pdf', contentType: PDF_MIME, content: pdf },
      ],
    });
    const raw = Buffer.from(bytes).toString('latin1');
    // Headers stay 7-bit: the Vietnamese subject and names travel encoded (RFC 2047 / 2231).
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(raw).toMatch(/filename\*0\*=utf-8''/i);
    expect(raw).not.toMatch(/^From:/im);

    const mail = await PostalMime.parse(bytes);
    expect(mail.subject).toBe('Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023');
    expect(mail.subject).toBe(mail.subject?.normalize('NFC'));
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.messageId).toBe('<draft-123.' + date.getTime().toString(36) + '@soan-bao-cao.invalid>');
    expect(new Date(mail.date ?? '').getTime()).toBe(date.getTime());
    expect(mail.text).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
    expect(mail.text).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG trân trọng gửi kèm theo thư này Báo cáo số 15/BC-STTTT ngày 05 tháng 11 năm 2023');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ['BC-STTTT Kết quả thực hiện công tác tuyên truyền.docx', DOCX_MIME],
      ['BC-STTTT Kết quả thực hiện công tác tuyên truyền.pdf', PDF_MIME],
    ]);
    expect(new Uint8Array(mail.attachments[0]?.content as ArrayBuffer)).toEqual(docx);
    expect(new Uint8Array(mail.attachments[1]?.content as ArrayBuffer)).toEqual(pdf);
  });

  it('keeps text from the draft out of the headers it does not belong to', async () => {
    const text = emailText({ header, title: 'Báo cáo\r\nBcc: x@example.com\u202e', kinhGui: [] });
    const bytes = await buildEml({ ...text, date: new Date(), messageId: '<a@b.invalid>', attachments: [] });
    const mail = await PostalMime.parse(bytes);
    expect(mail.subject).toBe('Báo cáo Bcc: x@example.com');
    expect(mail.bcc ?? []).toEqual([]);
    expect(mail.headers.filter((h) => h.key === 'bcc')).toEqual([]);
  });
});

describe('emailText', () => {
  it('lists several Kính gửi recipients and leaves out a blank number and day', () => {
    const text = emailText({
      header: { ...header, number: '', date: { day: null, month: null, year: 2024 } },
      title: '',
      kinhGui: ['Bộ Nội vụ', ' ', 'Bộ Tài chính'],
    });
    expect(text.subject).toBe('Báo cáo');
    expect(text.body.split('\n').slice(0, 3)).toEqual(['Kính gửi:', '- Bộ Nội vụ;', '- Bộ Tài chính.']);
    expect(text.body).toContain('trân trọng gửi kèm theo thư này Báo cáo.');
  });
});
