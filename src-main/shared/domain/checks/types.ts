/**
 * The vocabulary of the NĐ30 checks: what a finding is, and the hooks a rule family implements.
 * Checks only report; nothing here blocks saving, exporting or marking a draft as finished.
 */
import type { Block, Draft, Section } from '../draft-schema';

/** A path into the draft, e.g. ['header', 'agencyAbbr'] or ['sections', 2, 'blocks', 0]. */
export type FieldPath = ReadonlyArray<string | number>;

/** 'error': breaks an NĐ30 rule or prints wrongly; 'warning': probably a slip, worth a look. */
export type Severity = 'error' | 'warning';

/** A one-click repair: pure, and a no-op when the draft no longer shows the problem. */
export interface Fix {
  /** The button text, in Vietnamese ("Chuyển sang Unicode"). */
  label: string;
  /** The draft with the problem repaired; never mutates its argument. */
  apply(draft: Draft): Draft;
}

/** One problem found in a draft. */
export interface Finding {
  /** Stable rule id, e.g. "required.place"; the same problem keeps its id across runs. */
  id: string;
  severity: Severity;
  /** Vietnamese: what is wrong and how to fix it. */
  message: string;
  /** Where the UI jumps to. */
  field: FieldPath;
  fix?: Fix;
}

/** What kind of place a piece of text sits in. */
export type TextRole =
  | 'field'
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'bullet'
  | 'closing'
  | 'cell'
  | 'caption'
  | 'footnote'
  | 'kinhGui'
  | 'recipient';

/** One piece of free text of the draft, as the checks read it. */
export interface TextItem {
  role: TextRole;
  /** Where the UI jumps to. */
  field: FieldPath;
  /** The visible text (runs joined; footnote bodies are items of their own). */
  text: string;
  /** The paths of the strings `text` is made of (one per text run), for fixes. */
  parts: readonly FieldPath[];
  /** The strings at `parts` when the draft was checked, so a fix can tell whether they changed since. */
  partTexts: readonly string[];
  /** Vietnamese name of the place, starting with a capital: "Tên cơ quan ban hành", "Đoạn văn ở mục “…”". */
  where: string;
}

/** Which body a block belongs to: the report's own content or one of its appendices. */
export type ContentScope = { kind: 'main' } | { kind: 'appendix'; index: number };

/** A paragraph, bullet or table of the content, with what follows it. */
export interface BlockItem {
  block: Block;
  field: FieldPath;
  scope: ContentScope;
  /** The next block of the same list (opening, section or appendix), if any. */
  next: Block | undefined;
  where: string;
}

/** A section of the body or of an appendix. */
export interface SectionItem {
  section: Section;
  field: FieldPath;
  scope: ContentScope;
  depth: number;
  /** Whether an untitled section may start its first paragraph ("1. Quyết định này …"): khoản and điểm. */
  inlineLevel: boolean;
}

/** Adds a finding. */
export type Report = (finding: Finding) => void;

/** The hooks of one run of a rule family; a run may keep state between calls. */
export interface CheckHooks {
  draft?(draft: Draft, report: Report): void;
  text?(item: TextItem, report: Report): void;
  block?(item: BlockItem, report: Report): void;
  section?(item: SectionItem, report: Report): void;
  /** After the last block and section of a content scope (for the main content, after the closing too). */
  end?(scope: ContentScope, draft: Draft, report: Report): void;
}

/** A family of rules: checkDraft walks the draft once and calls the hooks of every family on what it meets. */
export interface CheckFamily {
  /** Family name, the prefix of its finding ids. */
  family: string;
  /** Fresh hooks for one run. */
  create(): CheckHooks;
}
