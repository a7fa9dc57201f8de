/**
 * The zip container of a DOCX, with Node's native zlib: docx zips with fflate's DEFLATE in
 * JavaScript, which in a fresh process (the `baocao` command) runs cold and was a third of an
 * export. Only what a DOCX needs: DEFLATE or stored entries, no zip64, no encryption.
 * The reader is strict (signatures, names, sizes and CRC-32 of every entry) and is used to read
 * exports back; it also reads zips other tools write (data descriptors, extra fields, comments).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAME = 0x0800;
const MAX_32 = 0xffffffff;

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/** MS-DOS date and time (local time, 2-second steps) as zip headers hold them: date << 16 | time. */
function dosDateTime(date: Date): number {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980;
  return (
    ((year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>>
    0
  );
}

const isAscii = (name: string): boolean => /^[\x20-\x7e]*$/.test(name);

/**
 * Zips files in the order given, each compressed with DEFLATE (zlib level 6, as fflate's
 * default). Strings are written as UTF-8.
 */
export function zipFiles(files: Iterable<readonly [string, string | Uint8Array]>, modified = new Date()): Uint8Array {
  const stamp = dosDateTime(modified);
  const entries: { name: Buffer; flags: number; crc: number; size: number; data: Uint8Array; offset: number }[] = [];
  let offset = 0;
  let centralSize = 0;
  for (const [path, content] of files) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = deflateRawSync(raw);
    const name = Buffer.from(path, 'utf8');
    if (raw.length > MAX_32 || data.length > MAX_32) throw new ZipError(`${path} is too large for a zip without zip64`);
    entries.push({ name, flags: isAscii(path) ? 0 : UTF8_NAME, crc: crc32(raw), size: raw.length, data, offset });
    offset += 30 + name.length + data.length;
    centralSize += 46 + name.length;
  }
  if (entries.length > 0xffff || offset + centralSize > MAX_32) throw new ZipError('too many or too large files for a zip without zip64');

  const out = Buffer.alloc(offset + centralSize + 22);
  let at = 0;
  for (const e of entries) {
    out.writeUInt32LE(LOCAL, at);
    out.writeUInt16LE(20, at + 4); // version needed: 2.0 (DEFLATE)
    out.writeUInt16LE(e.flags, at + 6);
    out.writeUInt16LE(8, at + 8); // DEFLATE
    out.writeUInt32LE(stamp, at + 10);
    out.writeUInt32LE(e.crc, at + 14);
    out.writeUInt32LE(e.data.length, at + 18);
    out.writeUInt32LE(e.size, at + 22);
    out.writeUInt16LE(e.name.length, at + 26);
    out.writeUInt16LE(0, at + 28); // no extra field
    e.name.copy(out, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  for (const e of entries) {
    out.writeUInt32LE(CENTRAL, at);
    out.writeUInt16LE(20, at + 4); // made by: MS-DOS, 2.0
    out.writeUInt16LE(20, at + 6);
    out.writeUInt16LE(e.flags, at + 8);
    out.writeUInt16LE(8, at + 10);
    out.writeUInt32LE(stamp, at + 12);
    out.writeUInt32LE(e.crc, at + 16);
    out.writeUInt32LE(e.data.length, at + 20);
    out.writeUInt32LE(e.size, at + 24);
    out.writeUInt16LE(e.name.length, at + 28);
    // extra, comment, disk, internal and external attributes: all 0 (Buffer.alloc zero-fills)
    out.writeUInt32LE(e.offset, at + 42);
    e.name.copy(out, at + 46);
    at += 46 + e.name.length;
  }
  out.writeUInt32LE(END, at);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(centralSize, at + 12);
  out.writeUInt32LE(offset, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

const latin = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The files of a zip by name, in the central directory's order; folders are left out. Throws
 * ZipError unless every entry's local header matches the central directory, its data lies
 * within the file, and it inflates to exactly its size with the right CRC-32.
 */
export function unzipFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--) {
    if (view.readUInt32LE(at) === END && at + 22 + view.readUInt16LE(at + 20) === view.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('no end of central directory record');
  const count = view.readUInt16LE(end + 10);
  const centralSize = view.readUInt32LE(end + 12);
  const centralStart = view.readUInt32LE(end + 16);
  if (view.readUInt16LE(end + 4) !== 0 || view.readUInt16LE(end + 6) !== 0 || view.readUInt16LE(end + 8) !== count) {
    throw new ZipError('multi-disk zips are not supported');
  }
  if (count === 0xffff || centralStart === MAX_32 || centralStart + centralSize > end) throw new ZipError('bad central directory (or zip64)');

  const files = new Map<string, Uint8Array>();
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.readUInt32LE(at) !== CENTRAL) throw new ZipError(`bad central directory entry ${i}`);
    const flags = view.readUInt16LE(at + 8);
    const method = view.readUInt16LE(at + 10);
    const crc = view.readUInt32LE(at + 16);
    const compressedSize = view.readUInt32LE(at + 20);
    const size = view.readUInt32LE(at + 24);
    const nameLength = view.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    const local = view.readUInt32LE(at + 42);
    if (next > end) throw new ZipError(`bad central directory entry ${i}`);
    const rawName = view.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = flags & UTF8_NAME ? utf8.decode(rawName) : latin.decode(rawName);
    } catch {
      throw new ZipError(`entry ${i}: name is not UTF-8`);
    }
    at = next;
    if (flags & 0x0001) throw new ZipError(`${name}: encrypted`);
    if (local + 30 > centralStart || view.readUInt32LE(local) !== LOCAL) throw new ZipError(`${name}: bad local header`);
    const localNameLength = view.readUInt16LE(local + 26);
    if (localNameLength !== nameLength || !view.subarray(local + 30, local + 30 + nameLength).equals(rawName)) {
      throw new ZipError(`${name}: local header names another file`);
    }
    if (view.readUInt16LE(local + 8) !== method) throw new ZipError(`${name}: local header gives another method`);
    const dataStart = local + 30 + localNameLength + view.readUInt16LE(local + 28);
    if (dataStart + compressedSize > centralStart) throw new ZipError(`${name}: data runs past the central directory`);
    if (files.has(name)) throw new ZipError(`${name}: twice in the zip`);
    if (name.endsWith('/')) continue; // a folder
    const data = view.subarray(dataStart, dataStart + compressedSize);
    let content: Uint8Array;
    if (method === 0) {
      content = data;
    } else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      } catch (err) {
        throw new ZipError(`${name}: ${(err as Error).message}`);
      }
    } else {
      throw new ZipError(`${name}: unknown compression method ${method}`);
    }
    if (content.length !== size) throw new ZipError(`${name}: ${content.length} bytes, the zip says ${size}`);
    if (crc32(content) !== crc) throw new ZipError(`${name}: CRC-32 does not match`);
    files.set(name, content);
  }
  return files;
}
