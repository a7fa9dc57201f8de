/** The text of a DOCX as a reader sees it: paragraphs of word/document.xml, one per line. */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** Text of one XML part: <w:t> contents, tabs and breaks kept, a newline per paragraph. */
export function xmlPartText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
        .join('')
        .replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The document's text, optionally with one other part (e.g. word/footnotes.xml). */
export async function docxText(path: string, part = 'word/document.xml'): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const xml = files[part];
  if (!xml) throw new Error(`${path} has no ${part}`);
  return xmlPartText(strFromU8(xml));
}
