/**
 * Reading a backup zip for a restore: the manifest is checked, then the drafts and their
 * revisions are found in the central directory and read one at a time on demand.
 *
 * Bounds: each entry is inflated under a cap derived from the draft size limit (limits.ts), so
 * the whole restore inflates at most (entries × that cap) — what a real backup holding that many
 * drafts and revisions could hold — and stops at the first entry that passes its cap. Memory holds
 * one entry at a time whatever the size of the backup.
 */
import { AppError } from '../shared/api/errors';
import { MAX_DRAFT_BYTES } from '../shared/domain/limits';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DRAFT_ENTRY, REVISION_ENTRY } from './backup';
import { openZip, ZipFormatError, ZipTooBigError, type ZipArchive, type ZipEntry } from './backup-zip';
import { ioError } from './durable-write';
import { nodeFs, type StorageFs } from './fs-layer';

/** A backup file above this size is refused before it is read. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
/**
 * One draft file or revision inflated: a draft within the limit, stored with 2-space indent (a
 * revision holds it compact, in a small wrapper), plus room for a BOM and an older format's layout.
 */
export const MAX_BACKUP_ENTRY_BYTES = MAX_DRAFT_BYTES + 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024;

/** The message for a backup that holds more than any real one could. */
export const TOO_BIG_MESSAGE = 'Tệp sao lưu chứa dữ liệu quá lớn so với một bản sao lưu bình thường; không khôi phục.';
const DAMAGED_MESSAGE = 'Tệp sao lưu bị hỏng hoặc không phải tệp .zip (có thể do chép dở).';

const refuse = (message: string) => new AppError('INVALID_ARGUMENT', message);

/** A draft of the backup (by its id there) and its revisions, not read yet. */
export interface BackupDraftEntry {
  id: string;
  entry: ZipEntry;
  revisions: Array<{ revision: number; entry: ZipEntry }>;
}

/** An open backup whose manifest checked out. */
export interface OpenBackup {
  drafts: BackupDraftEntry[];
  /**
   * The JSON of one entry, or a Vietnamese problem when that file is damaged. Throws AppError
   * when the entry is bigger than any real backup's: the whole backup is then refused.
   */
  readJson(entry: ZipEntry): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }>;
  close(): Promise<void>;
}

async function readEntry(archive: ZipArchive, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  try {
    return await archive.read(entry, maxBytes);
  } catch (error) {
    if (error instanceof ZipTooBigError) throw refuse(TOO_BIG_MESSAGE);
    throw error;
  }
}

function parseJson(bytes: Buffer): unknown {
  // JSON.parse does not recurse, so any nesting parses; the callers check depth before walking it.
  return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

/** Opens the backup zip at `path`; throws AppError when it is not a usable backup of this app. */
export async function openBackup(path: string, fs: StorageFs = nodeFs): Promise<OpenBackup> {
  let archive: ZipArchive;
  try {
    const size = (await fs.stat(path)).size;
    if (size > MAX_BACKUP_BYTES) throw refuse(`Tệp sao lưu quá lớn (${(size / 1024 / 1024).toFixed(0)} MB).`);
    archive = await openZip(fs, path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipTooBigError) throw refuse(TOO_BIG_MESSAGE);
    if (error instanceof ZipFormatError) throw refuse(DAMAGED_MESSAGE);
    throw ioError(error, 'đọc tệp sao lưu');
  }
  try {
    const manifestEntry = archive.entries.find((e) => e.name === 'manifest.json');
    let manifest: { format?: unknown; formatVersion?: unknown } | undefined;
    try {
      manifest = manifestEntry ? (parseJson(await readEntry(archive, manifestEntry, MAX_MANIFEST_BYTES)) as typeof manifest) : undefined;
    } catch (error) {
      if (error instanceof AppError) throw error;
      manifest = undefined;
    }
    if (manifest?.format !== BACKUP_FORMAT) throw refuse('Tệp này không phải bản sao lưu của Soạn Báo Cáo.');
    if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > BACKUP_FORMAT_VERSION) {
      throw refuse(
        `Bản sao lưu do phiên bản ứng dụng mới hơn tạo ra (định dạng ${String(manifest.formatVersion)}; ứng dụng này đọc được ` +
          `đến ${BACKUP_FORMAT_VERSION}). Hãy cập nhật ứng dụng Soạn Báo Cáo.`,
      );
    }
    const byId = new Map<string, BackupDraftEntry>();
    for (const entry of archive.entries) {
      const id = DRAFT_ENTRY.exec(entry.name)?.[1];
      if (id) byId.set(id, { id, entry, revisions: [] });
    }
    for (const entry of archive.entries) {
      const match = REVISION_ENTRY.exec(entry.name);
      const owner = match?.[1] ? byId.get(match[1]) : undefined;
      if (match && owner) owner.revisions.push({ revision: Number(match[2]), entry });
    }
    for (const draft of byId.values()) draft.revisions.sort((a, b) => a.revision - b.revision);
    return {
      drafts: [...byId.values()],
      readJson: async (entry) => {
        const damaged = { ok: false as const, problem: `Tệp "${entry.name}" trong bản sao lưu không đọc được (nội dung hỏng).` };
        let bytes: Buffer;
        try {
          bytes = await readEntry(archive, entry, MAX_BACKUP_ENTRY_BYTES);
        } catch (error) {
          if (error instanceof ZipFormatError) return damaged;
          if (error instanceof AppError) throw error;
          throw ioError(error, 'đọc tệp sao lưu');
        }
        try {
          return { ok: true, value: parseJson(bytes) };
        } catch {
          return damaged;
        }
      },
      close: () => archive.close(),
    };
  } catch (error) {
    await archive.close().catch(() => undefined);
    throw error;
  }
}
