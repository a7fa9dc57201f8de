/**
 * A ready-to-send .eml message built by nodemailer's MailComposer: subject, plain-text body and
 * the report's files attached, marked unsent so the mail client opens it as a new message.
 *
 * `X-Unsent: 1` makes Outlook open the file in its compose window, and current Thunderbird
 * does the same (comm-central mail/test/browser/composition/browser_xUnsent.js); older
 * Thunderbird shows it read-only, where "Sửa như thư mới" (Edit as New Message) makes it a draft.
 * There is no From and no To: the mail client fills in the clerk's own account, and the clerk
 * types the recipients' addresses, which the draft does not hold.
 */
import MailComposer from 'nodemailer/lib/mail-composer';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';

export interface EmlAttachment {
  /** Shown to the recipient; non-ASCII names are encoded per RFC 2231 by the composer. */
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface EmlMessage {
  subject: string;
  body: string;
  attachments: readonly EmlAttachment[];
  date: Date;
  /** `<…@…>`; the mail client gives the sent message its own. */
  messageId: string;
}

/** The Message-ID of a prepared email: unique per draft and time, on a domain that never resolves (RFC 2606). */
export function outboxMessageId(draftId: string, date: Date): string {
  return `<${draftId}.${date.getTime().toString(36)}@soan-bao-cao.invalid>`;
}

/** Builds the message bytes (CRLF line ends, as .eml files carry them). */
export async function buildEml(message: EmlMessage): Promise<Uint8Array> {
  const composer = new MailComposer({
    subject: message.subject,
    text: message.body,
    date: message.date,
    messageId: message.messageId,
    headers: { 'X-Unsent': '1' },
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
    // Everything is given as bytes: the composer must never read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: '\r\n',
  });
  const bytes = await composer.compile().build();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
