/**
 * Test support: files the Word import must refuse, built in code. An OLE compound file (the
 * container of Word 97–2003 .doc files and of password-protected DOCX) with named streams, zips
 * that hold or claim too much, and small DOCX packages with one part broken.
 */
import { deflateRawSync } from 'node:zlib';
import { zipFiles } from '../../export/zip';

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A version 3 compound file with one stream per name, each `size` bytes (≥ 4096, so they live in
 * regular sectors). Word writes "WordDocument"; an encrypted DOCX holds "EncryptionInfo" and
 * "EncryptedPackage".
 */
export function compoundFile(streams: readonly string[], size = 4096): Uint8Array {
  const perStream = Math.ceil(size / SECTOR);
  const dataSectors = streams.length * perStream;
  const sectors = 2 + dataSectors; // FAT, directory, data
  const out = Buffer.alloc(SECTOR * (1 + sectors));
  // Header
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24);
  out.writeUInt16LE(3, 26);
  out.writeUInt16LE(0xfffe, 28);
  out.writeUInt16LE(9, 30);
  out.writeUInt16LE(6, 32);
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(4096, 56);
  out.writeUInt32LE(END_OF_CHAIN, 60);
  out.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const sector = (n: number) => SECTOR * (1 + n);
  // FAT
  const fat = sector(0);
  for (let i = 0; i < SECTOR / 4; i++) out.writeUInt32LE(FREE, fat + i * 4);
  out.writeUInt32LE(FAT_SECTOR, fat);
  out.writeUInt32LE(END_OF_CHAIN, fat + 4);
  streams.forEach((_, s) => {
    for (let k = 0; k < perStream; k++) {
      const at = 2 + s * perStream + k;
      out.writeUInt32LE(k === perStream - 1 ? END_OF_CHAIN : at + 1, fat + at * 4);
    }
  });
  // Directory: the root entry, then one stream each (a chain through the right siblings).
  const entry = (index: number, name: string, type: number, start: number, length: number, right: number, child: number) => {
    const at = sector(1) + index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(out, at);
    out.writeUInt16LE(utf16.length, at + 64);
    out[at + 66] = type;
    out[at + 67] = 1;
    out.writeUInt32LE(FREE, at + 68);
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(length, at + 120);
  };
  entry(0, 'Root Entry', 5, END_OF_CHAIN, 0, FREE, streams.length > 0 ? 1 : FREE);
  streams.forEach((name, s) => entry(1 + s, name, 2, 2 + s * perStream, size, s + 2 <= streams.length ? s + 2 : FREE, FREE));
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A document.xml whose body holds `body`. */
export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** A minimal DOCX: content types, relationships, document.xml and any other parts given. */
export function miniDocx(parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  return zipFiles(
    Object.entries({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': ROOT_RELS,
      'word/document.xml': documentXml('<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>'),
      ...parts,
    }),
  );
}

/** A DOCX whose document.xml claims (and has) `megabytes` of content: a zip bomb's shape. */
export function bombDocx(megabytes: number): Uint8Array {
  return miniDocx({ 'word/document.xml': new Uint8Array(megabytes * 1024 * 1024).fill(0x20) });
}

/**
 * A DOCX whose document.xml says it is small but inflates to `megabytes`: the sizes in the zip's
 * headers lie, so only a cap on the inflation itself stops it.
 */
export function lyingBombDocx(megabytes: number): Uint8Array {
  const honest = Buffer.from(miniDocx({ 'word/document.xml': 'x' }));
  const data = deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20));
  // Rebuild with the big deflate stream in place of the one-byte part, sizes left as they were.
  const name = Buffer.from('word/document.xml');
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  let offset = 0;
  const entries: { header: Buffer; data: Buffer; centralHeader: Buffer }[] = [];
  const endAt = honest.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const centralStart = honest.readUInt32LE(endAt + 16);
  let c = centralStart;
  while (c < endAt) {
    const nameLength = honest.readUInt16LE(c + 28);
    const next = c + 46 + nameLength + honest.readUInt16LE(c + 30) + honest.readUInt16LE(c + 32);
    const local = honest.readUInt32LE(c + 42);
    const compressed = honest.readUInt32LE(c + 20);
    const localLength = 30 + honest.readUInt16LE(local + 26) + honest.readUInt16LE(local + 28);
    const entryName = honest.subarray(c + 46, c + 46 + nameLength);
    const isTarget = entryName.equals(name);
    entries.push({
      header: Buffer.from(honest.subarray(local, local + localLength)),
      data: isTarget ? data : Buffer.from(honest.subarray(local + localLength, local + localLength + compressed)),
      centralHeader: Buffer.from(honest.subarray(c, next)),
    });
    c = next;
  }
  for (const e of entries) {
    e.header.writeUInt32LE(e.data.length, 18);
    e.centralHeader.writeUInt32LE(e.data.length, 20);
    e.centralHeader.writeUInt32LE(offset, 42);
    parts.push(e.header, e.data);
    central.push(e.centralHeader);
    offset += e.header.length + e.data.length;
    at = offset;
  }
  const end = Buffer.from(honest.subarray(endAt, endAt + 22));
  const centralBytes = Buffer.concat(central);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(at, 16);
  return new Uint8Array(Buffer.concat([...parts, centralBytes, end]));
}
