/**
 * "Nhập từ Word", from bytes to a draft: the package opened with its caps (package.ts), read into
 * the neutral model (read-document.ts), recognised (shared/import/recognise.ts), then the NĐ30
 * checks run on the result. A file this app exported carries its draft (embedded-source.ts): it is
 * taken as it is when the file still prints exactly that draft, and otherwise ignored, so an edit
 * made in Word is never lost. Pure apart from the bytes: no file system, no storage.
 */
import { AppError } from '../../shared/api/errors';
import { checkDraft } from '../../shared/domain/checks';
import type { Finding } from '../../shared/domain/checks/types';
import type { Draft } from '../../shared/domain/draft-schema';
import { parseEmbeddedSource } from '../../shared/import/embedded-source';
import { REPORT_LIMITS } from '../../shared/import/limits';
import type { FindingValue, ImportReportValue } from '../../shared/import/report-schema';
import { printedForm } from '../../shared/import/print-form';
import { recogniseDocument, type ImportReport } from '../../shared/import/recognise';
import { parseForeignDraft } from '../../storage/transfer';
import { openDocxPackage } from './package';
import { readDocument } from './read-document';

export type { FindingValue } from '../../shared/import/report-schema';
/** The report of one import; its shape is the contract's. */
export type DocxImportReport = ImportReportValue;

export interface DocxImport {
  draft: Draft;
  report: DocxImportReport;
}

const value = (f: Finding): FindingValue => ({ id: f.id, severity: f.severity, message: f.message.slice(0, REPORT_LIMITS.chars), field: [...f.field] });
const capList = <T>(list: T[]): T[] => list.slice(0, REPORT_LIMITS.items);
const capText = (list: string[]) => capList(list).map((s) => s.slice(0, REPORT_LIMITS.chars));

function sameForms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** The embedded draft, when the document still prints it; null otherwise. */
function embeddedDraft(source: string | null, recognised: Draft, report: ImportReport, layout: ReturnType<typeof recogniseDocument>['layout']): Draft | null {
  if (!source) return null;
  const raw = parseEmbeddedSource(source);
  if (!raw) return null;
  const parsed = parseForeignDraft({ ...raw, meta: recognised.meta }, 'Bản thảo kèm trong tệp');
  if (!parsed.ok) return null;
  if (sameForms(printedForm(parsed.draft, layout), printedForm(recognised, layout))) return parsed.draft;
  report.unplaced.unshift('Tệp do Soạn Báo Cáo xuất nhưng đã được sửa sau khi xuất; nội dung được nhận dạng lại từ chính văn bản.');
  return null;
}

/** Imports DOCX bytes; AppError INVALID_ARGUMENT with the Vietnamese reason when the file is refused. */
export async function importDocxBytes(bytes: Uint8Array, options: { now: string }): Promise<DocxImport> {
  const pkg = await openDocxPackage(bytes);
  const doc = await readDocument(pkg);
  let recognition: ReturnType<typeof recogniseDocument>;
  try {
    recognition = recogniseDocument(doc, options);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('INVALID_ARGUMENT', `nội dung vượt giới hạn của một bản thảo (${error.message}).`);
    throw error;
  }
  const { report, layout } = recognition;
  const embedded = embeddedDraft(doc.embeddedSource, recognition.draft, report, layout);
  const draft = embedded ?? recognition.draft;
  if (embedded) report.recognised.unshift('Tệp do Soạn Báo Cáo xuất và chưa bị sửa: bản thảo được khôi phục nguyên vẹn.');
  return {
    draft,
    report: {
      recognised: capText(report.recognised),
      unplaced: capText(report.unplaced),
      originalProblems: capList(report.originalProblems).map(value),
      checks: capList(checkDraft(draft)).map(value),
      source: embedded ? 'embedded' : 'recognised',
    },
  };
}
