/**
 * The draft a DOCX was exported from, carried inside the file as a custom document property, so
 * that importing the app's own export gives the draft back exactly: the print alone loses what
 * the layout adds (capitals of Mục headings, list punctuation, balanced line breaks, "./.").
 * The importer uses it only when the document still prints what the draft prints (see
 * recognise.ts): a file edited in Word afterwards is recognised from its content. Only the
 * content travels; ids, times and status are the importer's.
 */
import type { Draft } from '../domain/draft-schema';

/** Name of the custom property (docProps/custom.xml) holding the draft. */
export const EMBEDDED_SOURCE_PROPERTY = 'SoanBaoCao.BanThao';

/**
 * The property value: the draft's JSON without its meta. JSON escapes control characters and
 * lone surrogates already; U+FFFE and U+FFFF, which XML forbids too, are escaped here.
 */
export function embeddedSourceValue(draft: Draft): string {
  return JSON.stringify({ ...draft, meta: undefined }).replace(/[\uFFFE\uFFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The draft-shaped object of a property value (meta filled in by the caller), or null when it is not JSON. */
export function parseEmbeddedSource(value: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
