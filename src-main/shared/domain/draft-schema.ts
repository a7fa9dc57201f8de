/**
 * The report model: everything a Báo cáo holds, per docs/layout-rules.md (the NĐ30 rules we implement).
 * Pure zod; the JSON Schema in docs/draft.schema.json is generated from it.
 */
import { z } from 'zod';
import './zod-vi';
import { DAY_WITHOUT_MONTH } from './dates';
import {
  DRAFT_BYTES,
  LIST_LIMITS,
  listWithin as listOf,
  measureJson,
  NUMBER_LIMITS,
  SECTION_DEPTH,
  TEXT_LIMITS,
  textWithin as text,
} from './limits';
import { AUTHORITY_PREFIXES, MAX_AUTHORITY_LINES, signerProblems, TOO_MANY_AUTHORITY_LINES } from './signer-rules';

/** Current version of the stored draft format; bump it with a migration. */
export const DRAFT_SCHEMA_VERSION = 2;

const flag = z.boolean().optional();

/** A run of text with inline formatting. `\n` and `\t` become real breaks and tabs on export. */
export const TextRunSchema = z
  .object({
    type: z.literal('text'),
    text: text(TEXT_LIMITS.run),
    bold: flag,
    italic: flag,
    underline: flag,
  })
  .describe('A run of text with inline bold/italic/underline');

/** A footnote anchored at this point of the text; numbered by order of appearance. */
export const FootnoteRunSchema = z
  .object({
    type: z.literal('footnote'),
    content: listOf(TextRunSchema, LIST_LIMITS.footnoteRuns).min(1),
  })
  .describe('A real footnote: its reference mark stands here, its text goes to the page foot');

export const InlineSchema = z.discriminatedUnion('type', [TextRunSchema, FootnoteRunSchema]);

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  content: listOf(InlineSchema, LIST_LIMITS.runs),
});

/** A "-" (first level) or "+" (second level) item, the two practice levels below a). */
export const BulletBlockSchema = z.object({
  type: z.literal('bullet'),
  marker: z.enum(['-', '+']),
  content: listOf(InlineSchema, LIST_LIMITS.runs),
});

export const TableCellSchema = z.object({
  paragraphs: listOf(listOf(InlineSchema, LIST_LIMITS.runs), LIST_LIMITS.cellParagraphs).min(1),
  colSpan: z.number().int().min(1).max(63).optional(),
  /** Rows this cell covers downwards (vertical merge); the rows below omit the covered cells. */
  rowSpan: z.number().int().min(1).max(1000).optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
});

export const TableBlockSchema = z.object({
  type: z.literal('table'),
  /** Relative column widths; they are scaled to the text width on export. */
  columnWidths: listOf(z.number().positive(), LIST_LIMITS.columns).min(1),
  /** How many leading rows repeat at the top of each page. */
  headerRows: z.number().int().min(0).max(NUMBER_LIMITS.headerRows.max, NUMBER_LIMITS.headerRows.message).default(1),
  rows: listOf(z.object({ cells: listOf(TableCellSchema, LIST_LIMITS.cells).min(1) }), LIST_LIMITS.rows).min(1),
  caption: text(TEXT_LIMITS.caption).optional(),
});

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  BulletBlockSchema,
  TableBlockSchema,
]);

export interface Section {
  id: string;
  title: string;
  numberOverride?: string | undefined;
  numbered?: boolean | undefined;
  blocks: Block[];
  children: Section[];
}

/**
 * A section; its depth gives its level (Phần / I. / 1. / a)) and its number comes from its
 * position, so reordering renumbers. `numberOverride` keeps a number printed as the clerk typed
 * it ("1.1."); `numbered: false` is a heading without a number (it takes no number in the count).
 */
function sectionAt(level: number): z.ZodType<Section> {
  return z.object({
    id: text(TEXT_LIMITS.partId).min(1),
    title: text(TEXT_LIMITS.sectionTitle),
    numberOverride: text(TEXT_LIMITS.numberOverride).optional(),
    numbered: z.boolean().optional(),
    blocks: listOf(BlockSchema, LIST_LIMITS.blocks),
    // Not z.lazy: one schema per level, so parsing any input recurses at most SECTION_DEPTH levels.
    children: level < SECTION_DEPTH.max ? listOf(sectionAt(level + 1), LIST_LIMITS.sections) : z.array(z.never()).max(0, SECTION_DEPTH.message),
  });
}

/** A top-level section and its subsections, at most SECTION_DEPTH levels in all. */
export const SectionSchema = sectionAt(1);
const sections = listOf(SectionSchema, LIST_LIMITS.sections);

export const AppendixSchema = z.object({
  id: text(TEXT_LIMITS.partId).min(1),
  title: text(TEXT_LIMITS.appendixTitle),
  /** A4 landscape for wide tables (NĐ30 I.2); the body stays portrait. */
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  blocks: listOf(BlockSchema, LIST_LIMITS.blocks),
  sections: sections.default([]),
});

/** The authority prefixes of NĐ30 Điều 13 / Phụ lục I II.7 (docs/layout-rules.md §8.1), defined with their rules. */
export { AUTHORITY_PREFIXES };
export const URGENCY_MARKS = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
export const SECRECY_MARKS = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export const CIRCULATION_MARKS = ['', 'LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI'] as const;

export const HeaderSchema = z.object({
  /** Tên cơ quan chủ quản (may be empty; `\n` separates lines). */
  parentAgency: text(TEXT_LIMITS.parentAgency),
  /** Tên cơ quan ban hành (`\n` separates lines). */
  issuingAgency: text(TEXT_LIMITS.issuingAgency),
  /** Number, blank in a draft for signing: the văn thư writes it in. Digits only. */
  number: z.string().regex(/^\d{0,6}$/, 'Số văn bản chỉ gồm chữ số'),
  /** Type abbreviation: BC for a Báo cáo. */
  typeAbbr: text(TEXT_LIMITS.typeAbbr).min(1).default('BC'),
  /** Abbreviation of the issuing agency, e.g. STTTT. */
  agencyAbbr: text(TEXT_LIMITS.agencyAbbr),
  /** Optional extra group, e.g. the drafting unit in /BC-STTTT-VP (off by default). */
  extraGroup: text(TEXT_LIMITS.extraGroup).default(''),
  place: text(TEXT_LIMITS.place),
  /** Day, or day and month, stay blank (null) in a draft for signing; the year is always set. */
  date: z
    .object({
      day: z.number().int().min(1).max(31).nullable(),
      month: z.number().int().min(1).max(12).nullable(),
      year: z.number().int().min(1900).max(9999),
    })
    .refine((d) => d.month !== null || d.day === null, {
      message: DAY_WITHOUT_MONTH,
      path: ['day'],
    }),
});

/** One authority line of ô 7a: a prefix and the collective's name or the head's title. */
export const AuthorityLineSchema = z.object({
  prefix: z.enum(AUTHORITY_PREFIXES),
  /** e.g. ỦY BAN NHÂN DÂN after TM., CHỦ TỊCH after KT., GIÁM ĐỐC after TL./TUQ./Q. */
  title: text(TEXT_LIMITS.authorityTitle),
});

/**
 * The signature block (docs/layout-rules.md §8) as the ordered lines NĐ30 allows: authority lines (none for a
 * head signing in their own name; "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH" at most), the
 * signer's own title (PHÓ CHỦ TỊCH, or GIÁM ĐỐC with no prefix) and the name.
 * The rules on which prefixes may combine live in `signer-rules.ts`.
 */
export const SignerSchema = z
  .object({
    authority: z.array(AuthorityLineSchema).max(MAX_AUTHORITY_LINES, TOO_MANY_AUTHORITY_LINES).default([]),
    /**
     * The signer's own title, e.g. PHÓ GIÁM ĐỐC; empty under "TM. … / CHỦ TỊCH"-style blocks whose
     * last authority line says it all. `\n` separates lines (a v1 block with two plain titles).
     */
    title: text(TEXT_LIMITS.signerTitle),
    name: text(TEXT_LIMITS.signerName),
  })
  .superRefine((signer, ctx) => {
    for (const problem of signerProblems(signer.authority)) ctx.addIssue({ code: 'custom', ...problem });
  });

export const MarksSchema = z.object({
  urgency: z.enum(URGENCY_MARKS).default(''),
  secrecy: z.enum(SECRECY_MARKS).default(''),
  circulation: z.enum(CIRCULATION_MARKS).default(''),
  /** Print a "DỰ THẢO" mark; independent of status so a final copy can still be marked. */
  draftMark: z.boolean().default(false),
  /** Ô 13: address, phone, email, website of the agency; page 1 foot. */
  addressLine: text(TEXT_LIMITS.addressLine).default(''),
});

export const DraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  meta: z.object({
    id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Mã bản thảo không hợp lệ'),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    template: text(TEXT_LIMITS.template).default('bao-cao'),
    status: z.enum(['draft', 'final']).default('draft'),
    /**
     * Set on a copy the app changed by itself ("Tạo báo cáo kỳ mới" rolls the year forward) until
     * the clerk has checked it. Optional in the type so older code building drafts stays valid.
     */
    needsReview: z.boolean().default(false).optional(),
  }),
  header: HeaderSchema,
  marks: MarksSchema.default({
    urgency: '',
    secrecy: '',
    circulation: '',
    draftMark: false,
    addressLine: '',
  }),
  /** Trích yếu; `\n` marks a chosen line break. */
  title: text(TEXT_LIMITS.title),
  /** Kính gửi: one or several recipients; empty for a report that is not sent upward. */
  kinhGui: listOf(text(TEXT_LIMITS.recipient), LIST_LIMITS.kinhGui).default([]),
  opening: listOf(BlockSchema, LIST_LIMITS.blocks),
  /** Style of the Mục level: Roman (I.) by default, Arabic (1.) for short reports. */
  outlineStart: z.enum(['roman', 'arabic']).default('roman'),
  /**
   * Long reports put a Phần level above Mục: the top sections then print "Phần I" ('roman') or
   * "Phần thứ nhất" ('words') with the title in capitals below, and their children are Mục.
   */
  partStyle: z.enum(['none', 'roman', 'words']).default('none'),
  sections,
  /** "Trên đây là …"; the "./." end mark is added on export when missing. */
  closing: listOf(InlineSchema, LIST_LIMITS.runs),
  appendices: listOf(AppendixSchema, LIST_LIMITS.appendices).default([]),
  noiNhan: z.object({
    recipients: listOf(text(TEXT_LIMITS.recipient), LIST_LIMITS.recipients),
    /** What follows "Lưu: VT, ": drafting unit and copies kept, free text, e.g. "TTBCXB". */
    archive: text(TEXT_LIMITS.archive),
  }),
  signer: SignerSchema,
  /** Ô 12: drafter code (capitals) and copies issued, e.g. PL and 300. */
  drafter: z
    .object({
      code: text(TEXT_LIMITS.drafterCode).default(''),
      copies: z.number().int().min(0).max(NUMBER_LIMITS.copies.max, NUMBER_LIMITS.copies.message).nullable().default(null),
    })
    .default({ code: '', copies: null }),
  })
  .superRefine((draft, ctx) => {
    // The size as stored, measured without building the JSON; zod skips this once a field has failed.
    if (measureJson(draft, DRAFT_BYTES.max).stopped) ctx.addIssue({ code: 'custom', message: DRAFT_BYTES.message, path: [] });
  });

export type TextRun = z.infer<typeof TextRunSchema>;
export type FootnoteRun = z.infer<typeof FootnoteRunSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type BulletBlock = z.infer<typeof BulletBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Appendix = z.infer<typeof AppendixSchema>;
export type Header = z.infer<typeof HeaderSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type AuthorityLine = z.infer<typeof AuthorityLineSchema>;
export type { AuthorityPrefix } from './signer-rules';
export type Marks = z.infer<typeof MarksSchema>;
export type Draft = z.infer<typeof DraftSchema>;
/** A draft as accepted on input, before defaults are filled in. */
export type DraftInput = z.input<typeof DraftSchema>;
