/** What Word (2016 and later) puts on the clipboard beyond plain HTML: list paragraphs and notes. */
import type { Declarations } from './css';

/** The list level of a Word list paragraph (`mso-list:l0 level2 lfo1`), or 0 when it is none. */
export function wordListLevel(d: Declarations): number {
  const value = d.get('mso-list');
  if (!value || /^(none|skip)\b/i.test(value.trim())) return 0;
  const level = /level(\d+)/i.exec(value);
  return level?.[1] ? Number.parseInt(level[1], 10) : 0;
}

/** Whether a span is Word's list label (`mso-list:Ignore`): its text is the bullet or number. */
export function isWordListLabel(d: Declarations): boolean {
  return d.get('mso-list')?.trim().toLowerCase() === 'ignore';
}

const NUMBERED = /^(\(?(\d{1,3}|[a-zđ]|[ivxlcdm]{1,6})[.)]|\d{1,3}(\.\d{1,3})+\.?)$/i;

/** What a list paragraph becomes, from its label and level. */
export type ListShape = { kind: 'bullet'; marker: '-' | '+'; prefix: '' } | { kind: 'paragraph'; marker: '-'; prefix: string };

/**
 * A numbered label ("1.", "a)", "II.", "1.2.") stays as text before the paragraph: the report
 * numbers its sections itself and a pasted number is the clerk's to keep or remove. A glyph
 * becomes an item: "+" and "-"/"–" as written, other bullets "-" on the first level and "+" below.
 */
export function listShape(label: string, level: number): ListShape {
  const trimmed = label.replace(/[\s\u00a0]+/g, ' ').trim();
  if (NUMBERED.test(trimmed)) return { kind: 'paragraph', marker: '-', prefix: `${trimmed} ` };
  if (trimmed === '+') return { kind: 'bullet', marker: '+', prefix: '' };
  if (trimmed === '-' || trimmed === '–' || trimmed === '—') return { kind: 'bullet', marker: '-', prefix: '' };
  return { kind: 'bullet', marker: level > 1 ? '+' : '-', prefix: '' };
}

/** The note a reference points at (`mso-footnote-id:ftn1`, `mso-endnote-id:edn1`), or null. */
export function noteReference(d: Declarations): string | null {
  return (d.get('mso-footnote-id') ?? d.get('mso-endnote-id'))?.trim().toLowerCase() || null;
}

const NOTE_ELEMENTS = new Set(['footnote', 'endnote']);
const DROPPED_ELEMENTS = new Set(['footnote-list', 'endnote-list', 'comment-list', 'comment', 'footnote', 'endnote', 'header', 'footer']);

/** Whether an element is one of Word's notes (`mso-element:footnote`), whose text is a footnote. */
export function isWordNote(d: Declarations): boolean {
  return NOTE_ELEMENTS.has(d.get('mso-element')?.trim().toLowerCase() ?? '');
}

/** Whether an element is a Word part that is not body text (the notes list, comments, headers). */
export function isWordAside(d: Declarations): boolean {
  return DROPPED_ELEMENTS.has(d.get('mso-element')?.trim().toLowerCase() ?? '');
}
