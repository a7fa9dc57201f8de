/**
 * The file that carries drafts between machines (USB, email):
 * `{ format: 'soan-bao-cao-transfer', formatVersion: 1, exportedAt, drafts: Draft[] }`.
 * Reading is defensive: a size cap before parsing, then the envelope, then each draft's version.
 * Each draft is validated (and migrated) by the caller, which owns the format migrations.
 */
import { z } from 'zod';
import { DRAFT_SCHEMA_VERSION, type Draft } from './draft-schema';
import { LIST_LIMITS } from './limits';

/** The `format` tag of a transfer file. */
export const TRANSFER_FORMAT = 'soan-bao-cao-transfer';
/** The newest transfer layout this app writes and reads. */
export const TRANSFER_FORMAT_VERSION = 1;
/**
 * Extension of transfer files, so they are told apart from a single draft's JSON. A single
 * extension: Windows and macOS associate a file with an app by its last extension only, so the
 * former "baocao.json" could not open the app on a double-click.
 */
export const TRANSFER_EXTENSION = 'baocao';
/** Extensions the app opens as transfer files: the current one and the one older versions wrote. */
export const TRANSFER_OPEN_EXTENSIONS = [TRANSFER_EXTENSION, 'baocao.json'] as const;

/** True when `fileName` ends in one of {@link TRANSFER_OPEN_EXTENSIONS} (any letter case). */
export function isTransferFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return TRANSFER_OPEN_EXTENSIONS.some((extension) => lower.endsWith(`.${extension}`) && lower.length > extension.length + 1);
}

/** The envelope, drafts left raw: they are checked one by one so a message can name the bad one. */
export const TransferEnvelopeSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: z.string().max(100),
  drafts: z.array(z.unknown()).min(1, 'Tệp không chứa bản thảo nào').max(LIST_LIMITS.transferDrafts.max, LIST_LIMITS.transferDrafts.message),
});

/** A transfer file as written. */
export interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  formatVersion: typeof TRANSFER_FORMAT_VERSION;
  exportedAt: string;
  drafts: Draft[];
}

/** The text of a transfer file holding `drafts`. */
export function buildTransferText(drafts: readonly Draft[], exportedAt: string): string {
  const file: TransferFile = { format: TRANSFER_FORMAT, formatVersion: TRANSFER_FORMAT_VERSION, exportedAt, drafts: [...drafts] };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Outcome of reading a transfer text: raw drafts to validate, or the reason it is refused (Vietnamese). */
export type TransferReadResult = { ok: true; drafts: unknown[] } | { ok: false; message: string };

const refuse = (message: string): TransferReadResult => ({ ok: false, message });

/** A draft's title for messages, when it has one. */
function labelOf(raw: unknown, index: number): string {
  const title = (raw as { title?: unknown } | null)?.title;
  const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  return text ? `bản thảo thứ ${index + 1} ("${text.slice(0, 80)}")` : `bản thảo thứ ${index + 1}`;
}

/** The drafts' schemaVersions must not be newer than this app's: an old app must not half-read them. */
function checkDraftVersions(drafts: readonly unknown[]): TransferReadResult {
  for (const [index, raw] of drafts.entries()) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return refuse(`Tệp không hợp lệ: ${labelOf(raw, index)} không phải một bản thảo.`);
    }
    const version = (raw as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > DRAFT_SCHEMA_VERSION) {
      return refuse(
        `Không nhập được: ${labelOf(raw, index)} có định dạng phiên bản ${version}, mới hơn phiên bản ` +
          `${DRAFT_SCHEMA_VERSION} mà ứng dụng này đọc được. Hãy cập nhật ứng dụng Soạn Báo Cáo rồi nhập lại.`,
      );
    }
  }
  return { ok: true, drafts: [...drafts] };
}

/** True when JSON text stops inside a string or an open object/array: the file was cut short. */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/**
 * Reads a transfer file's text (or one draft's JSON, as `baocao show` prints it), refusing an
 * oversized, truncated, invalid or newer-version file with a message that says which.
 */
export function readTransferText(text: string, maxChars: number): TransferReadResult {
  if (text.length > maxChars) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return refuse(`Tệp quá lớn (${mb(text.length)} MB); chỉ nhập được tệp đến ${mb(maxChars)} MB.`);
  }
  // Notepad adds a BOM; decomposed (NFD) Vietnamese from some Mac tools is folded to NFC.
  const clean = text.replace(/^\uFEFF/, '').normalize('NFC');
  if (clean.trim() === '') return refuse('Tệp rỗng, không có bản thảo nào để nhập.');
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch {
    return refuse(
      endsOpen(clean)
        ? 'Tệp bị cắt cụt (có thể do chép dở hoặc tải về chưa xong), không nhập được. Hãy lấy lại tệp gốc.'
        : 'Tệp không phải tệp bản thảo của Soạn Báo Cáo (nội dung không phải JSON hợp lệ).',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('Tệp không phải tệp bản thảo của Soạn Báo Cáo.');
  }
  const record = value as Record<string, unknown>;
  if (record.format === undefined && 'schemaVersion' in record && 'meta' in record) return checkDraftVersions([record]);
  if (record.format !== TRANSFER_FORMAT) return refuse('Tệp không phải tệp chuyển bản thảo của Soạn Báo Cáo.');
  if (typeof record.formatVersion === 'number' && record.formatVersion > TRANSFER_FORMAT_VERSION) {
    return refuse(
      `Tệp được tạo bởi phiên bản ứng dụng mới hơn (định dạng tệp chuyển phiên bản ${record.formatVersion}; ` +
        `ứng dụng này đọc được đến phiên bản ${TRANSFER_FORMAT_VERSION}). Hãy cập nhật ứng dụng Soạn Báo Cáo rồi nhập lại.`,
    );
  }
  const envelope = TransferEnvelopeSchema.safeParse(record);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? ` ở trường "${issue.path.join('.')}"` : '';
    return refuse(`Tệp chuyển bản thảo không hợp lệ${where}: ${issue?.message ?? 'sai cấu trúc'}.`);
  }
  return checkDraftVersions(envelope.data.drafts);
}
