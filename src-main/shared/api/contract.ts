/**
 * The one API contract between renderer and main: each method's name, argument schema and
 * result schema. IPC registration, the preload bridge and the loopback HTTP transport are all
 * derived from this object.
 */
import { z } from 'zod';
import { DraftSchema } from '../domain/draft-schema';
import { TEXT_LIMITS, textWithin } from '../domain/limits';
import { MAX_PRINT_COPIES } from '../domain/print-copies';
import { SettingsSchema } from '../domain/settings-schema';
import { docxTooBigMessage, MAX_DOCX_BASE64_CHARS } from '../import/limits';
import { ImportReportSchema } from '../import/report-schema';
import { TEMPLATE_KEY, TemplateSchema } from '../templates/template-schema';

const DraftId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Mã bản thảo không hợp lệ');

export const DraftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  issuingAgency: z.string(),
  kyHieu: z.string(),
  status: z.enum(['draft', 'final']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export const ExportResultSchema = z.object({
  /** Where the file was written; null when the user cancelled the save dialog. */
  path: z.string().nullable(),
  /** Characters XML forbids that were removed from the text. */
  removedCharacters: z.number().int().min(0),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  transport: z.enum(['ipc', 'http']),
});

export const TrashedSummarySchema = DraftSummarySchema.extend({ deletedAt: z.string() });
export type TrashedSummary = z.infer<typeof TrashedSummarySchema>;

export const RevisionSchema = z.object({
  /** 1, 2, 3… in the order taken; kept by pruning, never reused. */
  revision: z.number().int().min(1),
  createdAt: z.string(),
  reason: z.enum(['auto', 'manual', 'export', 'restore']),
  title: z.string(),
  size: z.number().int().min(0),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  status: z.enum(['draft', 'final']),
  updatedAt: z.string(),
  score: z.number(),
  /** Whether the query matched with its own diacritics, not only folded. */
  exact: z.boolean(),
  field: z.string(),
  snippet: z.string(),
  /** [start, end) offsets of the matches inside `snippet`. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const BackupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  size: z.number().int().min(0),
  kind: z.enum(['auto', 'manual']),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** Files carried between machines are capped before they are parsed. */
export const MAX_TRANSFER_CHARS = 20 * 1024 * 1024;

const SavedPath = z.object({ path: z.string().nullable() });
const Imported = z.object({ imported: z.array(DraftSummarySchema) });

/** "In": the app printed through the system dialog, or the renderer prints with the browser's own. */
export const PrintResultSchema = z.discriminatedUnion('mode', [
  /** `printed` is false when the clerk cancelled the print dialog. */
  z.object({ mode: z.literal('app'), printed: z.boolean() }),
  z.object({ mode: z.literal('browser') }),
]);
export type PrintResult = z.infer<typeof PrintResultSchema>;

/** "Gửi email": where the files wait to be sent, and whether the mail client opened the message. */
export const PreparedEmailSchema = z.object({
  folder: z.string(),
  emlPath: z.string(),
  /** The DOCX, then the PDF: the files attached to the message. */
  files: z.tuple([z.string(), z.string()]),
  opened: z.boolean(),
});
export type PreparedEmail = z.infer<typeof PreparedEmailSchema>;

/**
 * One method: its arguments are a strict object (a key the method does not know is refused, not
 * silently dropped, so a caller's mistake or probe never passes as a valid call).
 */
const method = <A extends z.ZodObject, R extends z.ZodType>(args: A, result: R) => ({ args: args.strict() as unknown as A, result });

export const contract = {
  appInfo: method(z.object({}), AppInfoSchema),
  /** Vietnamese messages about files recovered or set aside when storage opened. */
  getNotices: method(z.object({}), z.array(z.string())),
  listDrafts: method(z.object({}), z.array(DraftSummarySchema)),
  getDraft: method(z.object({ id: DraftId }), DraftSchema),
  /**
   * A new draft from a template (`listTemplates`; the blank one when left out), filled from an
   * agency profile of the settings and its signer number `signerIndex` when given. Main builds it.
   */
  createDraft: method(
    z.object({
      template: z.string().regex(TEMPLATE_KEY, 'Mã mẫu báo cáo không hợp lệ').optional(),
      profileId: textWithin(TEXT_LIMITS.profileId).min(1).optional(),
      signerIndex: z.number().int().min(0).max(1_000).optional(),
    }),
    DraftSchema,
  ),
  /** The report templates offered by "Tạo báo cáo mới", with their outline and guidance. */
  listTemplates: method(z.object({}), z.array(TemplateSchema)),
  /**
   * With `expectedUpdatedAt` (the updatedAt the renderer last got), a draft saved meanwhile by
   * someone else (the CLI) is not overwritten: the call fails with CONFLICT.
   */
  saveDraft: method(z.object({ draft: DraftSchema, expectedUpdatedAt: z.string().max(40).optional() }), z.object({ updatedAt: z.string() })),
  deleteDraft: method(z.object({ id: DraftId }), z.object({ id: z.string() })),
  exportDocx: method(z.object({ id: DraftId }), ExportResultSchema),
  /** Moves several drafts to the trash at once; the UI asks before calling it. */
  deleteDrafts: method(z.object({ ids: z.array(DraftId).min(1).max(10_000) }), z.object({ count: z.number().int() })),
  duplicateDraft: method(z.object({ id: DraftId }), DraftSchema),
  /** "Tạo báo cáo kỳ mới": a copy with number and day cleared, the year rolled forward, flagged for review. */
  newPeriodDraft: method(z.object({ id: DraftId }), DraftSchema),
  searchDrafts: method(
    z.object({
      query: z.string().max(500),
      year: z.number().int().min(1900).max(9999).optional(),
      status: z.enum(['draft', 'final']).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    z.array(SearchHitSchema),
  ),
  listRevisions: method(z.object({ id: DraftId }), z.array(RevisionSchema)),
  getRevision: method(z.object({ id: DraftId, revision: z.number().int().min(1) }), DraftSchema),
  /** "Lưu phiên bản": a snapshot on demand. */
  saveRevision: method(z.object({ id: DraftId }), RevisionSchema),
  /** Restores a revision; the current content is snapshotted first, so restoring can be undone. */
  restoreRevision: method(z.object({ id: DraftId, revision: z.number().int().min(1) }), DraftSchema),
  listTrash: method(z.object({}), z.array(TrashedSummarySchema)),
  restoreFromTrash: method(z.object({ id: DraftId }), DraftSummarySchema),
  emptyTrash: method(z.object({}), z.object({ count: z.number().int() })),
  /** Writes the drafts to one transfer file at a place main asks for; null path when cancelled. */
  exportDrafts: method(z.object({ ids: z.array(DraftId).min(1).max(10_000) }), SavedPath),
  /** Imports a transfer file's text (or a single draft JSON); each draft becomes a new draft. */
  importDrafts: method(z.object({ fileName: z.string().max(260), content: z.string().max(MAX_TRANSFER_CHARS, 'Tệp quá lớn để nhập') }), Imported),
  /** "Nhập từ Word": a DOCX (base64) becomes a new draft; the report says what was recognised and what the original got wrong. */
  importDocx: method(
    z.object({ fileName: z.string().max(260), contentBase64: z.string().max(MAX_DOCX_BASE64_CHARS, docxTooBigMessage()).regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Nội dung tệp không hợp lệ') }),
    z.object({ draft: DraftSummarySchema, report: ImportReportSchema }),
  ),
  /** Zips all drafts, history and settings into a folder main asks for. */
  backupNow: method(z.object({}), SavedPath),
  /** The automatic daily backups kept for 7 days. */
  listBackups: method(z.object({}), z.array(BackupInfoSchema)),
  /** Restores an automatic backup by name, or a zip chosen in main's open dialog; always into new drafts. */
  restoreBackup: method(z.object({ name: z.string().regex(/^[A-Za-z0-9._-]{1,120}$/).optional() }), Imported),
  /** "Xuất PDF": the page layout as PDF at a place main asks for; null path when cancelled. */
  exportPdf: method(z.object({ id: DraftId }), SavedPath),
  /** "In n bản": the system print dialog in the app; over HTTP the renderer uses the browser's print. */
  printDraft: method(z.object({ id: DraftId, copies: z.number().int().min(1).max(MAX_PRINT_COPIES) }), PrintResultSchema),
  /** "Gửi email": DOCX, PDF and a ready-to-send .eml in the draft's outbox folder, opened in the mail client. */
  prepareEmail: method(z.object({ id: DraftId }), PreparedEmailSchema),
  /** "Mở thư mục": shows the draft's outbox folder in the file manager. */
  openOutbox: method(z.object({ id: DraftId }), z.object({ folder: z.string(), opened: z.boolean() })),
  getSettings: method(z.object({}), SettingsSchema),
  saveSettings: method(z.object({ settings: SettingsSchema }), SettingsSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodArgs<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<Contract[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

/** The method names, in declaration order. */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** What main implements: one async function per method, given parsed arguments. */
export type Handlers = { [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>> };

/** What the renderer calls: one function per method; errors come back as values. */
export type ApiClient = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<import('./errors').ApiResult<MethodResult<M>>>;
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
