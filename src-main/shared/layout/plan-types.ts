/**
 * The page plan: every layout decision of a Báo cáo (docs/layout-rules.md), made once, as data.
 * Lengths are twips (1/20 pt) unless a name ends in `Pt`; every string is final (capitals
 * applied, numbers formatted, blanks as non-breaking spaces, punctuation added), so a consumer
 * only maps fields to its output and never types a layout string or number itself. Where the
 * layout prints capitals the clerk did not type, `typed` also holds the clerk's letters (caps.ts).
 */
import type { PlanBlock } from './plan-blocks';
import type { SizeSet } from './sizes';

// The content blocks live in plan-blocks.ts; this module keeps exporting them under the same names.
export type {
  BulletBlock,
  HeadingBlock,
  HeadingLevel,
  ParagraphBlock,
  PlanBlock,
  PlanFootnoteRef,
  PlanInline,
  PlanTextRun,
  TableBlock,
  TableCellPlan,
  TableRowPlan,
} from './plan-blocks';

/** Twentieths of a point: 1 mm = 56.7, 1 cm = 567, 1 pt = 20. */
export type Twips = number;

export type Align = 'left' | 'center' | 'right' | 'justify';
export type Orientation = 'portrait' | 'landscape';

/** Character style of a fixed line. */
export interface FontStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
}

/** Paragraph placement shared by every printed paragraph of the plan. */
export interface ParagraphPlacement {
  align: Align;
  /** Space above and below the paragraph. */
  spaceBefore: Twips;
  spaceAfter: Twips;
  /** Left indent of every line, and the first line's offset from it (negative: hanging). */
  indentLeft: Twips;
  indentFirstLine: Twips;
  /** Keep on the same page as the next block (headings, the paragraph carrying "./."). */
  keepWithNext: boolean;
}

/**
 * A paragraph of plain, uniformly styled text: header lines, title, signer lines. `lines` are
 * the printed lines in order; consumers join them with hard line breaks (a balanced title, an
 * agency name the clerk split).
 */
export interface TextLines extends ParagraphPlacement {
  lines: string[];
  /**
   * The same lines as the clerk typed them, where the layout prints them in capitals (agency
   * names, appendix titles, signer lines, the drafter code); null when they print as typed. Same
   * length and letter positions as `lines` (caps.ts): DOCX writes these with "All caps".
   */
  typed: string[] | null;
  font: FontStyle;
}

/** A horizontal solid rule of `length`, centred in a container `containerWidth` wide. */
export interface RulePlan {
  length: Twips;
  containerWidth: Twips;
  weightPt: number;
  /** Distance from the text above to the rule, and space left below it. */
  gapAbove: Twips;
  spaceAfter: Twips;
}

/** A framed single-line mark (ô 10a, 10b, 11 and "DỰ THẢO"). */
export interface FramePlan {
  kind: 'draft' | 'circulation' | 'secrecy' | 'urgency';
  text: string;
  font: FontStyle;
  /** Hex RGB without "#". */
  color: string;
  width: Twips;
  height: Twips;
  /** Left and right padding inside the frame. */
  padding: Twips;
  borderPt: number;
  /** Space above the frame (from the previous line or frame) and below the last one. */
  spaceBefore: Twips;
  spaceAfter: Twips;
}

// ---------------------------------------------------------------------------------------------
// Pages

export interface Margins {
  top: Twips;
  bottom: Twips;
  left: Twips;
  right: Twips;
}

/** One page shape: A4 in the given orientation with the layout's margins. */
export interface PageGeometry {
  orientation: Orientation;
  width: Twips;
  height: Twips;
  margins: Margins;
  /** Distance from the page edge to the page-number line (and to the ô 13 footer). */
  headerDistance: Twips;
  /** Width between the left and right margins. */
  textWidth: Twips;
  /** Height between the top and bottom margins. */
  textHeight: Twips;
}

/** Where page numbers print (docs/layout-rules.md §12). */
export interface PageNumberRule {
  position: 'top-center';
  font: FontStyle;
  /** The first page of the main text and of each appendix shows no number. */
  hiddenOnFirstPage: true;
  /** Each appendix counts its pages again from 1. */
  restartEachAppendix: true;
}

/** Paragraph rhythm of the body text (ô 6). */
export interface BodyStyle {
  font: FontStyle;
  align: Align;
  firstLineIndent: Twips;
  /** Space before each paragraph; none after. */
  spaceBefore: Twips;
  /** Line spacing as a multiple of single (1–1.5). */
  lineSpacing: number;
  /** Footnote text size. */
  footnoteSizePt: number;
}

// ---------------------------------------------------------------------------------------------
// Header of page 1 (ô 1–4, 10, 11)

/** Columns of the borderless header table, from measured text widths. */
export interface HeaderColumns {
  left: Twips;
  right: Twips;
  /** Total width; wider than the text area by the overhang on both sides. */
  total: Twips;
  /** Table indent (negative: into the left margin). */
  indent: Twips;
  cellPadding: Twips;
  /** Width inside the padding of each column. */
  leftContent: Twips;
  rightContent: Twips;
}

export interface HeaderPlan {
  columns: HeaderColumns;
  /** Row above the agency: the "DỰ THẢO" frame (left) and the circulation frame (right). */
  topLeft: FramePlan[];
  topRight: FramePlan[];
  /** Tên cơ quan chủ quản (null when none) and tên cơ quan ban hành, each balanced in its lines. */
  parentAgency: TextLines | null;
  issuingAgency: TextLines;
  agencyRule: RulePlan;
  quocHieu: TextLines;
  tieuNgu: TextLines;
  tieuNguRule: RulePlan;
  /** "Số: …/BC-…" and the place-and-date line: second row, level with each other. */
  number: TextLines;
  date: TextLines;
  /** Secrecy then urgency frames under "Số". */
  stamps: FramePlan[];
}

// ---------------------------------------------------------------------------------------------
// Title and Kính gửi (ô 5a, 9a)

export interface TitlePlan {
  /** "BÁO CÁO". */
  docType: TextLines;
  /** The trích yếu in balanced lines; null when empty. */
  summary: TextLines | null;
  rule: RulePlan;
}

/** One recipient on the label's line, or the label then one "- …;" line each. */
export type KinhGuiPlan =
  | { kind: 'single'; line: TextLines }
  | { kind: 'list'; label: TextLines; items: TextLines[] };

// ---------------------------------------------------------------------------------------------
// Signature area (ô 7a–7c, 9b, 12)

export interface SignaturePlan {
  columns: { left: Twips; right: Twips; total: Twips };
  /** Space between the content and the first line of both columns. */
  gapAbove: Twips;
  /** Inner padding on the side where the columns meet. */
  innerPadding: Twips;
  /** "Nơi nhận:" label (level with the first authority line) and the list, "- Lưu: …" last. */
  noiNhanLabel: TextLines;
  recipients: TextLines[];
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": the authority lines in order. */
  authority: TextLines[];
  /** The signer's own title ("PHÓ CHỦ TỊCH"); null when the last authority line already says it. */
  ownTitle: TextLines | null;
  /** The name, below the signature space (`spaceBefore` holds the gap). */
  name: TextLines;
}

// ---------------------------------------------------------------------------------------------
// Appendices

export interface AppendixPlan {
  id: string;
  page: PageGeometry;
  /** "Phụ lục I" ("Phụ lục" alone for a single appendix). */
  label: TextLines;
  /** The title in CAPS, balanced like the main title; null when empty. */
  title: TextLines | null;
  /** "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)". */
  reference: TextLines;
  rule: RulePlan;
  blocks: PlanBlock[];
}

// ---------------------------------------------------------------------------------------------
// The whole plan

export interface PagePlan {
  sizes: SizeSet;
  /** Page shape of the main text (always portrait). */
  page: PageGeometry;
  pageNumbers: PageNumberRule;
  body: BodyStyle;
  header: HeaderPlan;
  title: TitlePlan;
  kinhGui: KinhGuiPlan | null;
  /** Opening, sections, closing and the "./." end mark (placed once), in reading order. */
  content: PlanBlock[];
  signature: SignaturePlan;
  /** Ô 13 at the foot of page 1, above a full-width rule; null when not set. */
  addressLine: (TextLines & { ruleWeightPt: number }) | null;
  appendices: AppendixPlan[];
  /** Document title for file properties: the trích yếu on one line. */
  documentTitle: string;
  /** Document author for file properties: the issuing agency's printed lines on one line. */
  documentAuthor: string;
  /** Characters XML forbids that were removed from the draft's text (the plan holds clean text). */
  removedCharacters: number;
}

/** Label of one line of the fixed parts (see fixedLines). */
export type FixedLineLabel =
  | 'quoc-hieu'
  | 'tieu-ngu'
  | 'so'
  | 'date'
  | 'doc-type'
  | 'title'
  | 'kinh-gui'
  | 'heading'
  | 'noi-nhan-label'
  | 'noi-nhan'
  | 'authority'
  | 'signer-title'
  | 'signer-name'
  | 'appendix-label'
  | 'appendix-title'
  | 'appendix-reference';

/** One printed line of the fixed parts, as every output must show it. */
export interface FixedLine {
  label: FixedLineLabel;
  text: string;
}
