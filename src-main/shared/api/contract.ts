/**
 * The one API contract between renderer and main: each method's name, argument schema and
 * result schema. IPC registration, the preload bridge and the loopback HTTP transport are all
 * derived from this object.
 */
import { z } from 'zod';
import { DraftSchema } from '../domain/draft-schema';
import { SettingsSchema } from '../domain/settings-schema';

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

const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const contract = {
  appInfo: method(z.object({}), AppInfoSchema),
  /** Vietnamese messages about files recovered or set aside when storage opened. */
  getNotices: method(z.object({}), z.array(z.string())),
  listDrafts: method(z.object({}), z.array(DraftSummarySchema)),
  getDraft: method(z.object({ id: DraftId }), DraftSchema),
  createDraft: method(z.object({}), DraftSchema),
  saveDraft: method(z.object({ draft: DraftSchema }), z.object({ updatedAt: z.string() })),
  deleteDraft: method(z.object({ id: DraftId }), z.object({ id: z.string() })),
  exportDocx: method(z.object({ id: DraftId }), ExportResultSchema),
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
