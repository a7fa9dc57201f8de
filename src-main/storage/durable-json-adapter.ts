/**
 * A lowdb adapter over the durable writer. Unlike lowdb's JSONFile it never lets a damaged file
 * look like a missing one: lowdb's `if (data)` would turn `null` into defaults and overwrite it.
 */
import { isAscii } from 'node:buffer';
import { durableWriteFile, type DurableWriteOptions } from './durable-write';
import { isNotFound, nodeFs, type StorageFs } from './fs-layer';

/** Why a stored file could not be used. */
export type CorruptKind = 'empty' | 'nul-filled' | 'invalid-json' | 'null' | 'not-object' | 'invalid' | 'newer-version';

/** Vietnamese wording of each kind, for notices. */
export const CORRUPT_KIND_TEXT: Record<CorruptKind, string> = {
  empty: 'tệp rỗng',
  'nul-filled': 'tệp chỉ chứa byte 0 (thường do mất điện khi đang ghi)',
  'invalid-json': 'nội dung bị cắt cụt hoặc không phải JSON hợp lệ',
  null: 'tệp chỉ chứa giá trị null',
  'not-object': 'nội dung không phải một bản ghi',
  invalid: 'nội dung không đúng cấu trúc',
  'newer-version': 'tệp do phiên bản ứng dụng mới hơn tạo ra',
};

/** A stored file that exists but cannot be trusted; the repository quarantines it. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: CorruptKind,
    detail?: string,
  ) {
    super(`${path}: ${CORRUPT_KIND_TEXT[kind]}${detail ? ` (${detail})` : ''}`);
    this.name = 'CorruptFileError';
  }
}

/** Parses stored JSON bytes, classifying every way they can be unusable. */
export function parseStoredJson(path: string, bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw new CorruptFileError(path, 'empty');
  if (bytes.every((b) => b === 0)) throw new CorruptFileError(path, 'nul-filled');
  // A BOM appears when someone opens the file in Notepad; it is harmless, so drop it.
  // A view, not a copy: index.json with 10,000 drafts is megabytes, read at every start. Pure
  // ASCII (the index is written so) decodes by the fast one-byte path and parses faster.
  const view = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (isAscii(view) ? view.toString('latin1') : view.toString('utf8')).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CorruptFileError(path, 'empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(path, 'invalid-json', error instanceof Error ? error.message : undefined);
  }
  if (value === null) throw new CorruptFileError(path, 'null');
  if (typeof value !== 'object') throw new CorruptFileError(path, 'not-object');
  return value;
}

/** Options for the adapter: the fs layer, writer tuning, and a validator run on every read. */
export interface DurableJsonAdapterOptions<T> extends DurableWriteOptions {
  /** Turns parsed JSON into T or throws CorruptFileError; defaults to a cast. */
  validate?: (value: unknown, path: string) => T;
  /** Indentation of the written JSON. */
  indent?: number;
  /** Turns T into what is written (a more compact layout); `validate` does the reverse on read. */
  encode?: (data: T) => unknown;
  /** Writes non-ASCII characters as \u escapes, so the file reads back by the fast one-byte path. */
  asciiOnly?: boolean;
}

/** JSON text with every non-ASCII character escaped (still the same JSON value). */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** lowdb adapter: read() → T, or null only when the file does not exist; write() is durable. */
export class DurableJsonAdapter<T> {
  private readonly fs: StorageFs;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonAdapterOptions<T> = {},
  ) {
    this.fs = options.fs ?? nodeFs;
  }

  /** The file's content, null when missing; throws CorruptFileError when it exists but is unusable. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    const value = parseStoredJson(this.path, bytes);
    return this.options.validate ? this.options.validate(value, this.path) : (value as T);
  }

  /** Durably replaces the file with `data` as JSON; rejects with AppError('IO_ERROR'). */
  async write(data: T): Promise<void> {
    const value = this.options.encode ? this.options.encode(data) : data;
    const text = JSON.stringify(value, null, this.options.indent ?? 2);
    const json = `${this.options.asciiOnly ? asciiJson(text) : text}\n`;
    await durableWriteFile(this.path, json, this.options);
  }
}
