/**
 * The report model: everything a Báo cáo holds, per ../shared/spec/nd30-layout.md.
 * Pure zod; the JSON Schema in docs/draft.schema.json is generated from it.
 */
import { z } from 'zod';

/** Current version of the stored draft format; bump it with a migration. */
export const DRAFT_SCHEMA_VERSION = 1;

const flag = z.boolean().optional();

/** A run of text with inline formatting. `\n` and `\t` become real breaks and tabs on export. */
export const TextRunSchema = z
  .object({
    type: z.literal('text'),
    text: z.string(),
    bold: flag,
    italic: flag,
    underline: flag,
  })
  .describe('A run of text with inline bold/italic/underline');

/** A footnote anchored at this point of the text; numbered by order of appearance. */
export const FootnoteRunSchema = z
  .object({
    type: z.literal('footnote'),
    content: z.array(TextRunSchema).min(1),
  })
  .describe('A real footnote: its reference mark stands here, its text goes to the page foot');

export const InlineSchema = z.discriminatedUnion('type', [TextRunSchema, FootnoteRunSchema]);

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(InlineSchema),
});

/** A "-" (first level) or "+" (second level) item, the two practice levels below a). */
export const BulletBlockSchema = z.object({
  type: z.literal('bullet'),
  marker: z.enum(['-', '+']),
  content: z.array(InlineSchema),
});

export const TableCellSchema = z.object({
  paragraphs: z.array(z.array(InlineSchema)).min(1),
  colSpan: z.number().int().min(1).max(63).optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
});

export const TableBlockSchema = z.object({
  type: z.literal('table'),
  /** Relative column widths; they are scaled to the text width on export. */
  columnWidths: z.array(z.number().positive()).min(1).max(63),
  /** How many leading rows repeat at the top of each page. */
  headerRows: z.number().int().min(0).default(1),
  rows: z.array(z.object({ cells: z.array(TableCellSchema).min(1) })).min(1),
  caption: z.string().optional(),
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
  blocks: Block[];
  children: Section[];
}

/**
 * A numbered section; its depth gives its level (I. / 1. / a)) and its number comes from its
 * position, so reordering renumbers. `numberOverride` keeps a number printed otherwise.
 */
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    title: z.string(),
    numberOverride: z.string().optional(),
    blocks: z.array(BlockSchema),
    children: z.array(SectionSchema),
  }),
);

export const AppendixSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  blocks: z.array(BlockSchema),
  sections: z.array(SectionSchema).default([]),
});

export const SIGNER_PREFIXES = ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;
export const URGENCY_MARKS = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
export const SECRECY_MARKS = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export const CIRCULATION_MARKS = ['', 'LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI'] as const;

export const HeaderSchema = z.object({
  /** Tên cơ quan chủ quản (may be empty; `\n` separates lines). */
  parentAgency: z.string(),
  /** Tên cơ quan ban hành (`\n` separates lines). */
  issuingAgency: z.string(),
  /** Number, blank in a draft for signing: the văn thư writes it in. Digits only. */
  number: z.string().regex(/^\d{0,6}$/, 'Số văn bản chỉ gồm chữ số'),
  /** Type abbreviation: BC for a Báo cáo. */
  typeAbbr: z.string().min(1).default('BC'),
  /** Abbreviation of the issuing agency, e.g. STTTT. */
  agencyAbbr: z.string(),
  /** Optional extra group, e.g. the drafting unit in /BC-STTTT-VP (off by default). */
  extraGroup: z.string().default(''),
  place: z.string(),
  date: z.object({
    day: z.number().int().min(1).max(31).nullable(),
    month: z.number().int().min(1).max(12),
    year: z.number().int().min(1900).max(9999),
  }),
});

export const SignerSchema = z.object({
  prefix: z.enum(SIGNER_PREFIXES),
  /** The collective or the head's title after the prefix, e.g. GIÁM ĐỐC, ỦY BAN NHÂN DÂN. */
  authorityTitle: z.string(),
  /** The signer's own title when it differs, e.g. PHÓ GIÁM ĐỐC. */
  signerTitle: z.string().default(''),
  name: z.string(),
});

export const MarksSchema = z.object({
  urgency: z.enum(URGENCY_MARKS).default(''),
  secrecy: z.enum(SECRECY_MARKS).default(''),
  circulation: z.enum(CIRCULATION_MARKS).default(''),
  /** Print a "DỰ THẢO" mark; independent of status so a final copy can still be marked. */
  draftMark: z.boolean().default(false),
  /** Ô 13: address, phone, email, website of the agency; page 1 foot. */
  addressLine: z.string().default(''),
});

export const DraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  meta: z.object({
    id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Mã bản thảo không hợp lệ'),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    template: z.string().default('bao-cao'),
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
  title: z.string(),
  /** Kính gửi: one or several recipients; empty for a report that is not sent upward. */
  kinhGui: z.array(z.string()).default([]),
  opening: z.array(BlockSchema),
  /** Style of the top section level: Roman (I.) by default, Arabic (1.) for short reports. */
  outlineStart: z.enum(['roman', 'arabic']).default('roman'),
  sections: z.array(SectionSchema),
  /** "Trên đây là …"; the "./." end mark is added on export when missing. */
  closing: z.array(InlineSchema),
  appendices: z.array(AppendixSchema).default([]),
  noiNhan: z.object({
    recipients: z.array(z.string()),
    /** What follows "Lưu: VT, ": drafting unit and copies kept, free text, e.g. "TTBCXB". */
    archive: z.string(),
  }),
  signer: SignerSchema,
  /** Ô 12: drafter code (capitals) and copies issued, e.g. PL and 300. */
  drafter: z
    .object({ code: z.string().default(''), copies: z.number().int().min(0).nullable().default(null) })
    .default({ code: '', copies: null }),
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
export type SignerPrefix = (typeof SIGNER_PREFIXES)[number];
export type Marks = z.infer<typeof MarksSchema>;
export type Draft = z.infer<typeof DraftSchema>;
/** A draft as accepted on input, before defaults are filled in. */
export type DraftInput = z.input<typeof DraftSchema>;
