/**
 * Packs a `docx` Document into DOCX bytes. The parts are docx's own (its compiler writes them
 * exactly as Packer.toBuffer would); only the zipping differs: Node's native zlib instead of
 * fflate's JavaScript DEFLATE, which is most of Packer's time in a fresh process. docx keeps its
 * compiler as a private static of Packer; when a docx release no longer has it, Packer.toBuffer
 * is used, and pack-docx.test.ts fails so the fast path is not lost silently.
 */
import { Packer, type Document } from 'docx';
import './docx-speedups';
import { zipFiles } from './zip';

/** The package's files by path, in the order they are zipped. */
export type DocxParts = Map<string, string | Uint8Array>;

interface DocxCompiler {
  compile(file: Document, prettify?: string, overrides?: readonly unknown[]): DocxParts;
}

function docxCompiler(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : null;
}

/** True while docx's compiler can be called directly (checked by pack-docx.test.ts). */
export function canCompileDirectly(): boolean {
  return docxCompiler() !== null;
}

/** docx's parts of a document, without zipping; null when docx's compiler is not reachable. */
export function compileDocx(document: Document): DocxParts | null {
  return docxCompiler()?.compile(document, undefined, []) ?? null;
}

/** The DOCX bytes of a document. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const parts = compileDocx(document);
  if (parts) return zipFiles(parts);
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
