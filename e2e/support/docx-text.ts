/** The text of a DOCX as a reader sees it: paragraphs of word/document.xml, one per line. */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { toCaps } from '../../src-main/shared/layout/caps';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** Text of one run's XML: <w:t> contents, tabs and breaks; in capitals when the run is set in "All caps" (<w:caps/>). */
function runText(run: string): string {
  const text = [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
    .join('')
    .replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);
  return /<w:caps\/>|<w:caps w:val="(?:1|true|on)"\/>/.test(run) ? toCaps(text) : text;
}

/** Text of one XML part as printed: run texts, tabs and breaks kept, a newline per paragraph. */
export function xmlPartText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g)].map((m) => runText(m[0])).join(''))
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
