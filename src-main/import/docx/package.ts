/**
 * Opening an imported Word file: what the bytes are (a DOCX, a .doc renamed, an encrypted
 * document, RTF, PDF …), then the DOCX package itself through the backup's bounded ZIP reader:
 * only the XML parts the importer reads are inflated, each under a cap and all of them under a
 * total, so a zip bomb stops after a few MB of work. Relationships are resolved inside the
 * package; a part the document needs that points outside it is refused, other external targets
 * (links, linked pictures, templates) are counted and never followed.
 */
import { AppError } from '../../shared/api/errors';
import { MAX_DOCX_BYTES, docxTooBigMessage } from '../../shared/import/limits';
import { externalPartMessage, IMPORT_MESSAGES, malformedPartMessage } from '../../shared/import/messages';
import { openZip, ZipFormatError, ZipTooBigError, type ZipArchive, type ZipEntry } from '../../storage/backup-zip';
import type { StorageFs } from '../../storage/fs-layer';
import { childrenNamed, parseXml, XmlPartError, type XElement } from './xml-tree';

/** Inflated size of one XML part read, and of all of them together. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_XML_BYTES = 160 * 1024 * 1024;

const refuse = (reason: string) => new AppError('INVALID_ARGUMENT', reason);

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const asciiStart = (bytes: Uint8Array, length: number) => String.fromCharCode(...bytes.subarray(0, length));
/** "EncryptionInfo" as an OLE directory entry names it (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** What a file's first bytes say it is. */
export type FileKind = 'zip' | 'encrypted' | 'legacy-doc' | 'ole' | 'rtf' | 'pdf' | 'flat-xml' | 'empty' | 'unknown';

/** The kind of a file by its content (never by its name). */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted DOCX is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(ENCRYPTION_INFO)) return 'encrypted';
    return buffer.includes(Buffer.from('WordDocument', 'utf16le')) ? 'legacy-doc' : 'ole';
  }
  const head = asciiStart(bytes, 64).replace(/^\uFEFF|^ï»¿/u, '').trimStart();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('<?xml') || head.startsWith('<')) {
    const text = asciiStart(bytes, Math.min(bytes.length, 4096));
    if (/<w:wordDocument|<pkg:package|schemas\.microsoft\.com\/office\/word\/2003/u.test(text)) return 'flat-xml';
  }
  return 'unknown';
}

/** Whether a file's content is a DOCX (or a Word file the DOCX importer explains), not a transfer file. */
export function looksLikeWordFile(bytes: Uint8Array): boolean {
  const kind = sniffKind(bytes);
  return kind === 'zip' || kind === 'encrypted' || kind === 'legacy-doc' || kind === 'ole' || kind === 'rtf' || kind === 'flat-xml';
}

const REFUSED_KINDS: Partial<Record<FileKind, string>> = {
  empty: IMPORT_MESSAGES.empty,
  encrypted: IMPORT_MESSAGES.encrypted,
  'legacy-doc': IMPORT_MESSAGES.legacyDoc,
  ole: IMPORT_MESSAGES.otherOle,
  rtf: IMPORT_MESSAGES.rtf,
  pdf: IMPORT_MESSAGES.pdf,
  'flat-xml': IMPORT_MESSAGES.flatXml,
  unknown: IMPORT_MESSAGES.notZip,
};

/** One relationship of a part, its target resolved to a package path (or kept as given when external). */
export interface Relationship {
  id: string;
  /** The type's last segment: "styles", "numbering", "footnotes", "hyperlink", "image" … */
  type: string;
  target: string;
  external: boolean;
}

/** Relationship types whose target the document needs: never taken from outside the file. */
const NEEDED_TYPES = new Set(['officeDocument', 'styles', 'numbering', 'footnotes', 'endnotes', 'header', 'footer', 'settings', 'theme', 'fontTable', 'comments']);

/** An open DOCX package. */
export interface DocxPackage {
  /** Path of the main document part (word/document.xml in nearly every file). */
  mainPart: string;
  has(path: string): boolean;
  /** A part parsed as XML, or null when the package has no such part. */
  xml(path: string): Promise<XElement | null>;
  /** The main part parsed with each child of w:body streamed to `onBlock` (see xml-tree.ts). */
  streamBody(onBlock: (element: XElement) => void): Promise<XElement>;
  /** The relationships of a part (from its _rels part); external targets are counted, not followed. */
  rels(path: string): Promise<Relationship[]>;
  /** External targets seen in the relationships read so far. */
  externalTargets(): number;
}

/** A StorageFs over bytes in memory, for the backup's ZIP reader (only stat and open are used). */
function memoryFs(bytes: Uint8Array): StorageFs {
  const unused = async (): Promise<never> => {
    throw new Error('not available on an in-memory file');
  };
  return {
    stat: async () => ({ size: bytes.length, mtimeMs: 0, ino: 0, isFile: () => true, isDirectory: () => false }),
    open: async () => ({
      read: async (buffer: Uint8Array, offset: number, length: number, position: number) => {
        const slice = bytes.subarray(position, Math.min(bytes.length, position + length));
        buffer.set(slice, offset);
        return { bytesRead: slice.length };
      },
      writeFile: unused,
      sync: async () => undefined,
      close: async () => undefined,
    }),
    readFile: unused,
    rename: unused,
    unlink: unused,
    readdir: unused,
    mkdir: unused,
    rmTree: unused,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16 = new TextDecoder('utf-16le', { fatal: true });

function decode(bytes: Uint8Array, part: string): string {
  try {
    // XML may be UTF-16 (LibreOffice never writes it, old tools do); a BOM tells.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16.decode(bytes.subarray(2));
    return utf8.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw refuse(malformedPartMessage(part, 'không phải văn bản UTF-8'));
  }
}

/** Resolves a relationship target against the folder of `source` ("word/document.xml"). */
function resolveTarget(source: string, target: string): string | null {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const parts = [...base];
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // A malformed escape: the name as written.
  }
  for (const segment of decoded.replace(/^\/+/u, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null; // out of the package
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Opens DOCX bytes, or throws AppError with the Vietnamese reason it cannot be imported. */
export async function openDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  if (bytes.length > MAX_DOCX_BYTES) throw refuse(docxTooBigMessage(bytes.length));
  const kind = sniffKind(bytes);
  const refused = REFUSED_KINDS[kind];
  if (refused) throw refuse(refused);

  let archive: ZipArchive;
  try {
    archive = await openZip(memoryFs(bytes), 'document.docx');
  } catch (error) {
    if (error instanceof ZipTooBigError) throw refuse(IMPORT_MESSAGES.bomb);
    throw refuse(IMPORT_MESSAGES.damaged);
  }
  const byName = new Map<string, ZipEntry>();
  // Part names are case-insensitive in OPC.
  for (const entry of archive.entries) byName.set(entry.name.toLowerCase(), entry);
  if (byName.has('mimetype') && byName.has('content.xml')) throw refuse(IMPORT_MESSAGES.odt);

  let inflated = 0;
  let external = 0;
  const readText = async (path: string): Promise<string | null> => {
    const entry = byName.get(path.toLowerCase());
    if (!entry) return null;
    if (inflated + entry.size > MAX_TOTAL_XML_BYTES) throw refuse(IMPORT_MESSAGES.bomb);
    let data: Buffer;
    try {
      data = await archive.read(entry, Math.min(MAX_PART_BYTES, MAX_TOTAL_XML_BYTES - inflated));
    } catch (error) {
      if (error instanceof ZipTooBigError) throw refuse(IMPORT_MESSAGES.bomb);
      if (error instanceof ZipFormatError) throw refuse(IMPORT_MESSAGES.damaged);
      throw error;
    }
    inflated += data.length;
    return decode(data, path);
  };
  const parse = (text: string, path: string, streamDepth?: number, onStreamed?: (e: XElement) => void): XElement => {
    try {
      return parseXml(text, path, streamDepth, onStreamed);
    } catch (error) {
      if (error instanceof XmlPartError) throw refuse(malformedPartMessage(error.part, error.message.slice(error.part.length + 2)));
      throw error;
    }
  };
  const relsCache = new Map<string, Relationship[]>();
  const rels = async (path: string): Promise<Relationship[]> => {
    const cached = relsCache.get(path);
    if (cached) return cached;
    const relsPath = relsPathOf(path);
    const text = await readText(relsPath);
    const out: Relationship[] = [];
    if (text !== null) {
      for (const rel of childrenNamed(parse(text, relsPath), 'rel:Relationship')) {
        const type = (rel.attrs.Type ?? '').split('/').pop() ?? '';
        const rawTarget = rel.attrs.Target ?? '';
        const isExternal = rel.attrs.TargetMode === 'External';
        if (isExternal) {
          if (NEEDED_TYPES.has(type)) throw refuse(externalPartMessage(type, rawTarget));
          external++;
          out.push({ id: rel.attrs.Id ?? '', type, target: rawTarget, external: true });
          continue;
        }
        const target = resolveTarget(path, rawTarget);
        if (target === null) {
          if (NEEDED_TYPES.has(type)) throw refuse(externalPartMessage(type, rawTarget));
          external++;
          continue;
        }
        out.push({ id: rel.attrs.Id ?? '', type, target, external: false });
      }
    }
    relsCache.set(path, out);
    return out;
  };

  const root = await rels('');
  const main = root.find((r) => r.type === 'officeDocument');
  const mainPart = main?.target ?? 'word/document.xml';
  if (!byName.has(mainPart.toLowerCase())) throw refuse(IMPORT_MESSAGES.notWord);

  return {
    mainPart,
    has: (path) => byName.has(path.toLowerCase()),
    xml: async (path) => {
      const text = await readText(path);
      return text === null ? null : parse(text, path);
    },
    streamBody: async (onBlock) => {
      const text = await readText(mainPart);
      if (text === null) throw refuse(IMPORT_MESSAGES.notWord);
      // document (0) > body (1) > blocks (2)
      const document = parse(text, mainPart, 2, onBlock);
      return document;
    },
    rels,
    externalTargets: () => external,
  };
}
