/**
 * Export file names: readable (Vietnamese letters kept) and safe on Windows, the clerks' OS.
 * Rules from MicrosoftDocs "Naming a file" (reliability plan §2.4, C8).
 */
import type { Draft } from './draft-schema';
import { formatKyHieu } from './doc-number';

/** Longest name we produce, extension included; keeps whole paths well below Word's ~255. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Used when nothing printable is left of the ký hiệu and title. */
export const FALLBACK_STEM = 'Báo cáo';

/** `< > : " / \ | ? *`, which Windows forbids, become a space or a hyphen. */
const FORBIDDEN_PUNCTUATION = /[<>:"/\\|?*]/g;
/** Controls (C0, DEL, C1) and invisible format characters (bidi overrides, zero-width, BOM). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/**
 * Device names Windows reserves, with or without an extension ("CON", "nul.txt", "COM¹"):
 * the part before the first dot, trailing spaces ignored, decides.
 */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])\s*$/i;

/** Whether Windows reserves this name (the part before the first dot is a device name). */
export function isReservedWindowsName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return RESERVED.test(stem);
}

/** Turns arbitrary text into a file-name stem: no forbidden or invisible characters, one space between words. */
export function cleanFileStem(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s*[/\\|]\s*/g, '-') // "6 tháng/năm" reads better as "6 tháng-năm" than with a gap
    .replace(FORBIDDEN_PUNCTUATION, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Cuts a stem to at most `max` code points, at a word boundary when one is near enough. */
function truncateStem(stem: string, max: number): string {
  const chars = Array.from(stem);
  if (chars.length <= max) return stem;
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace >= max * 0.6 ? cut.slice(0, lastSpace) : cut;
}

/**
 * A safe, readable file name from a ký hiệu and a title, e.g.
 * "BC-STTTT Công tác tuyên truyền cải cách hành chính năm 2023.docx".
 */
export function safeFileName(kyHieu: string, title: string, extension = 'docx'): string {
  const ext = extension ? `.${cleanFileStem(extension).replace(/^\.+/, '')}` : '';
  const joined = [cleanFileStem(kyHieu), cleanFileStem(title)].filter(Boolean).join(' ');
  // Leading dots hide files on Unix and "." / ".." are not names; trailing dots and spaces
  // are dropped by Windows, which would make the written name differ from the one we report.
  const trimEnds = (s: string): string => s.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
  let stem = trimEnds(truncateStem(trimEnds(joined), MAX_FILE_NAME_LENGTH - Array.from(ext).length));
  if (!stem) stem = FALLBACK_STEM;
  if (isReservedWindowsName(stem)) {
    const [device = '', ...rest] = stem.split('.');
    stem = [`${device.trimEnd()}_`, ...rest].join('.');
  }
  return `${stem}${ext}`;
}

/** What a file name is built from: the number line's groups and the trích yếu. */
export type FileNameSource = Pick<Draft, 'header' | 'title'>;

/** The suggested export name of a draft: ký hiệu, then the trích yếu. */
export function exportFileName(draft: FileNameSource, extension = 'docx'): string {
  return safeFileName(formatKyHieu(draft.header), draft.title, extension);
}

/** "name.docx" → "name (2).docx": the n-th alternative when a name is taken or locked. */
export function numberedFileName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  const hasExt = dot > 0;
  const stem = hasExt ? name.slice(0, dot) : name;
  const ext = hasExt ? name.slice(dot) : '';
  return `${stem} (${n})${ext}`;
}
