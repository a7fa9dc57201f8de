/**
 * A small ZIP reader for backups that never holds more than one entry: the central directory is
 * read first, then each entry on demand by positional reads, inflated by zlib with a cap on its
 * output, so an archive that inflates far beyond its caps is stopped after at most one cap's worth
 * of work. Sizes and CRCs come from the central directory (fflate's streaming writer leaves them
 * out of the local headers), and every inflated entry is checked against both.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import type { FileHandleLike, StorageFs } from './fs-layer';

/** One file of the archive as the central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** The inflated size the archive declares; checked against the real one on read. */
  size: number;
  localOffset: number;
}

/** The archive is not a ZIP, or an entry of it is damaged. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

/** An entry inflates (or says it inflates) past the cap it was read with. */
export class ZipTooBigError extends Error {
  override readonly name = 'ZipTooBigError';
}

/** An open archive: its entries, and a reader for one entry at a time. */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The inflated bytes of `entry`; ZipTooBigError past `maxBytes`, ZipFormatError when damaged. */
  read(entry: ZipEntry, maxBytes: number): Promise<Buffer>;
  close(): Promise<void>;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A central directory above this is no backup's (100,000 entries take about 10 MB). */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
/** Deflate never grows data by more than a few bytes per 16 KB block; beyond this it is not one of ours. */
const deflateBound = (bytes: number) => bytes + Math.ceil(bytes / 16_384) * 5 + 1024;

async function readAt(handle: FileHandleLike, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new ZipFormatError('unexpected end of file');
    done += bytesRead;
  }
  return buffer;
}

function parseDirectory(bytes: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > bytes.length) throw new ZipFormatError('damaged central directory');
    const entry: ZipEntry = {
      name: bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    // ZIP64 (4 GB and more) is never written for a backup, which is refused well below that.
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipFormatError('zip64 entry');
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Opens the ZIP at `path` and reads its central directory; ZipFormatError when it is not a usable ZIP. */
export async function openZip(fs: StorageFs, path: string): Promise<ZipArchive> {
  const size = (await fs.stat(path)).size;
  const handle = await fs.open(path, 'r');
  try {
    if (size < END_SIZE) throw new ZipFormatError('too short');
    const tailLength = Math.min(size, END_SIZE + MAX_COMMENT);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - END_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_SIGNATURE && i + END_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError('no end of central directory');
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const endPosition = size - tailLength + end;
    // The entry count of the end record is ignored: fflate wraps it past 65,535 entries.
    if (directoryOffset === 0xffffffff || directoryOffset + directorySize > endPosition) throw new ZipFormatError('damaged end record');
    if (directorySize > MAX_DIRECTORY_BYTES) throw new ZipTooBigError('central directory too big');
    const entries = parseDirectory(await readAt(handle, directoryOffset, directorySize));

    const read = async (entry: ZipEntry, maxBytes: number): Promise<Buffer> => {
      if (entry.size > maxBytes || entry.compressedSize > deflateBound(maxBytes)) throw new ZipTooBigError(entry.name);
      const local = await readAt(handle, entry.localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError(`${entry.name}: damaged local header`);
      const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + entry.compressedSize > directoryOffset) throw new ZipFormatError(`${entry.name}: outside the archive`);
      const stored = await readAt(handle, start, entry.compressedSize);
      let bytes: Buffer;
      if (entry.method === 0) bytes = stored;
      else if (entry.method === 8) {
        try {
          // zlib stops as soon as the output passes the cap: a bomb costs at most maxBytes of work.
          bytes = inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooBigError(entry.name);
          throw new ZipFormatError(`${entry.name}: ${(error as Error).message}`);
        }
      } else throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
      if (bytes.length > maxBytes) throw new ZipTooBigError(entry.name);
      if (bytes.length !== entry.size || crc32(bytes) >>> 0 !== entry.crc) throw new ZipFormatError(`${entry.name}: size or CRC mismatch`);
      return bytes;
    };
    return { entries, read, close: () => handle.close() };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}
