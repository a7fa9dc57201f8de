/**
 * How big a Word file "Nhập từ Word" takes, defined once: the contract caps the base64 text with
 * it, the window checks a picked file against it before reading it, the CLI before reading the
 * file. A report with photos is a few MB; the cap leaves room and keeps the base64 text inside
 * what the loopback transport carries.
 */
import { formatCount } from '../domain/limits';

const MAX_DOCX_MB = 20;

/** Largest DOCX accepted, in bytes. */
export const MAX_DOCX_BYTES = MAX_DOCX_MB * 1024 * 1024;

/** Characters of the base64 text of a DOCX of MAX_DOCX_BYTES. */
export const MAX_DOCX_BASE64_CHARS = Math.ceil(MAX_DOCX_BYTES / 3) * 4;

/** Said when a file is over the cap; `size` in bytes when known. */
export function docxTooBigMessage(size?: number): string {
  const what = size === undefined ? '' : ` (${formatCount(Math.round(size / 1024 / 1024))} MB)`;
  return `Tệp Word quá lớn${what}: chỉ nhập được tệp đến ${MAX_DOCX_MB} MB. Hãy xoá bớt ảnh trong tệp rồi nhập lại.`;
}

/** Entries in the lists of an import report, and characters of each. */
export const REPORT_LIMITS = { items: 500, chars: 2_000 } as const;
