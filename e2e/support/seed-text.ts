/**
 * Plain-text views of seed reports (markdown-ish .txt files recovered from real Báo cáo) and of
 * drafts, so tests can prove that a draft, or an export of it, keeps every word of a seed in order.
 */
import { readFileSync } from 'node:fs';
import type { Block, Draft, Inline, Section, TextRun } from '../../src-main/shared/domain/draft-schema';
import { blockText, inlineText, withEndMark } from '../../src-main/shared/domain/inline-text';
import { toRoman } from '../../src-main/shared/domain/numbering';
import { numberSections } from '../../src-main/shared/domain/outline';
import { signerBlockLines } from '../../src-main/shared/domain/signer-rules';

/** The cleaned text of a seed: body lines in reading order and the footnote texts by number. */
export interface SeedText {
  /** Lines after the "BÁO CÁO" type name, decorations stripped; footnote definitions left out. */
  lines: string[];
  /** Footnote texts in the order of their numbers. */
  footnotes: string[];
}

const FOOTNOTE_DEFINITION = /^<sup>(\d+)<\/sup>\s*(.*)$/u;

/** Whitespace collapsed to single spaces, trimmed, NFC. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Strips the markdown/HTML decorations of a seed line, keeping its words and punctuation. */
export function stripDecorations(line: string): string {
  return normalizeSpace(
    line
      .replace(/^#+\s*/u, '')
      .replace(/<sup>\d+<\/sup>/gu, '')
      .replace(/<sub>(.*?)<\/sub>/gu, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/gu, '$1')
      .replace(/\*+/gu, ''),
  );
}

/** Reads a seed .txt: drops the header lines up to and including "BÁO CÁO", splits off footnotes. */
export function readSeed(seedFile: string): SeedText {
  const raw = readFileSync(seedFile, 'utf8').normalize('NFC').split(/\r?\n/u);
  const cleaned = raw.map((line) => line.replace(/^#+\s*/u, '').replace(/^\*\*(.*)\*\*$/u, '$1').trim());
  const typeLine = cleaned.findIndex((line) => stripDecorations(line) === 'BÁO CÁO');
  const lines: string[] = [];
  const numbered: Array<[number, string]> = [];
  for (const line of cleaned.slice(typeLine + 1)) {
    const definition = FOOTNOTE_DEFINITION.exec(line);
    if (definition) {
      numbered.push([Number(definition[1]), stripDecorations(definition[2] ?? '')]);
      continue;
    }
    const text = stripDecorations(line);
    if (text) lines.push(text);
  }
  numbered.sort((a, b) => a[0] - b[0]);
  return { lines, footnotes: numbered.map(([, text]) => text) };
}

/** Splits a paragraph after ".", ";", ":", "!" or "?" followed by a space; list markers dropped. */
export function splitSentences(paragraph: string): string[] {
  return normalizeSpace(paragraph)
    .replace(/^[-+]\s+/u, '')
    .split(/(?<=[.;:!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** True for the "Lưu: VT, …" line, which the exporter rebuilds from noiNhan.archive. */
function isArchiveLine(line: string): boolean {
  return /^-?\s*Lưu\b/u.test(line);
}

/**
 * Sentences of a seed in reading order: body, closing, Nơi nhận entries and signer, then the
 * footnote texts (they sit at the page foot). The header block and the "Lưu: VT" line are left out.
 */
export function seedSentences(seedFile: string): string[] {
  const { lines, footnotes } = readSeed(seedFile);
  return [...lines.filter((line) => !isArchiveLine(line)), ...footnotes].flatMap(splitSentences);
}

/** Footnote texts of a seed, in number order. */
export function seedFootnotes(seedFile: string): string[] {
  return readSeed(seedFile).footnotes;
}

/** Every footnote body of some inline runs, in order. */
export function footnotesOf(content: readonly Inline[]): TextRun[][] {
  return content.flatMap((run) => (run.type === 'footnote' ? [run.content] : []));
}

function blockInlines(block: Block): Inline[][] {
  if (block.type !== 'table') return [block.content];
  return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs));
}

function sectionInlines(sections: readonly Section[]): Inline[][] {
  return sections.flatMap((s) => [...s.blocks.flatMap(blockInlines), ...sectionInlines(s.children)]);
}

/** Every inline sequence of a draft in reading order: opening, sections, closing, appendices. */
export function draftInlines(draft: Draft): Inline[][] {
  return [
    ...draft.opening.flatMap(blockInlines),
    ...sectionInlines(draft.sections),
    draft.closing,
    ...draft.appendices.flatMap((a) => [...a.blocks.flatMap(blockInlines), ...sectionInlines(a.sections)]),
  ];
}

/** Footnote texts of a draft, numbered by order of appearance. */
export function draftFootnotes(draft: Draft): string[] {
  return draftInlines(draft).flatMap(footnotesOf).map(inlineText);
}

function blockLines(block: Block): string[] {
  const caption = block.type === 'table' && block.caption ? [block.caption] : [];
  return [...caption, blockText(block)];
}

function sectionLines(sections: readonly Section[], start: Draft['outlineStart'], partStyle: Draft['partStyle'] = 'none'): string[] {
  return numberSections(sections, start, partStyle).flatMap(({ section, label }) => [
    `${label} ${section.title}`.trim(),
    ...section.blocks.flatMap(blockLines),
  ]);
}

function kinhGuiLines(recipients: readonly string[]): string[] {
  if (recipients.length === 0) return [];
  if (recipients.length === 1) return [`Kính gửi: ${recipients[0] ?? ''}`];
  return ['Kính gửi:', ...recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`)];
}

/**
 * Reading-order plain text of a draft: title, Kính gửi, opening, numbered sections, closing with
 * its end mark, Nơi nhận, signer, appendices, then the footnote texts numbered 1, 2, …
 */
export function draftPlainText(draft: Draft): string {
  const { drafter } = draft;
  const signer = signerBlockLines(draft.signer);
  const appendixLabel = (i: number): string =>
    draft.appendices.length > 1 ? `Phụ lục ${toRoman(i + 1)}` : 'Phụ lục';
  const lines = [
    ...draft.title.split('\n'),
    ...kinhGuiLines(draft.kinhGui),
    ...draft.opening.flatMap(blockLines),
    ...sectionLines(draft.sections, draft.outlineStart, draft.partStyle),
    withEndMark(inlineText(draft.closing)),
    'Nơi nhận:',
    ...draft.noiNhan.recipients.map((r) => `- ${r};`),
    `- Lưu: VT, ${draft.noiNhan.archive}.`,
    ...(drafter.code ? [`${drafter.code}.(${drafter.copies ?? ''})`] : []),
    ...signer.authority,
    ...signer.title,
    signer.name,
    ...draft.appendices.flatMap((a, i) => [
      appendixLabel(i),
      a.title,
      ...a.blocks.flatMap(blockLines),
      ...sectionLines(a.sections, draft.outlineStart),
    ]),
    ...draftFootnotes(draft).map((text, i) => `${i + 1} ${text}`),
  ];
  return lines.filter(Boolean).join('\n');
}

/** Options of {@link findInOrder}. */
export interface FindOptions {
  /** Compare case-insensitively (default true: exporters may upper-case headings). */
  ignoreCase?: boolean;
}

/**
 * Checks that each needle occurs in the haystack after the previous one (whitespace collapsed,
 * NFC, case-insensitive by default); a needle not found is reported and does not move the cursor.
 */
export function findInOrder(haystack: string, needles: readonly string[], options: FindOptions = {}): { missing: string[] } {
  const ignoreCase = options.ignoreCase ?? true;
  const norm = (s: string): string => {
    const n = normalizeSpace(s);
    return ignoreCase ? n.toLocaleLowerCase('vi') : n;
  };
  const hay = norm(haystack);
  const missing: string[] = [];
  let cursor = 0;
  for (const needle of needles) {
    const n = norm(needle);
    if (!n) continue;
    const at = hay.indexOf(n, cursor);
    if (at < 0) missing.push(needle);
    else cursor = at + n.length;
  }
  return { missing };
}
