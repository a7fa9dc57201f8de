/**
 * "Nhập từ Word", from bytes to a draft: the package opened with its caps (package.ts), read into
 * the neutral model (read-document.ts), recognised (shared/import/recognise.ts), then the NĐ30
 * checks run on the result. Every file, this app's own exports included, is read from what it
 * prints and nothing else: an export carries no hidden copy of its draft (a report sent to another
 * agency and edited in Word must not hold text its author deleted). Pure apart from the bytes: no
 * file system, no storage.
 */
import { AppError } from '../../shared/api/errors';
import { checkDraft } from '../../shared/domain/checks';
import type { Finding } from '../../shared/domain/checks/types';
import type { Draft } from '../../shared/domain/draft-schema';
import { REPORT_LIMITS } from '../../shared/import/limits';
import type { FindingValue, ImportReportValue } from '../../shared/import/report-schema';
import { recogniseDocument } from '../../shared/import/recognise';
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
  const { report, draft } = recognition;
  return {
    draft,
    report: {
      recognised: capText(report.recognised),
      unplaced: capText(report.unplaced),
      originalProblems: capList(report.originalProblems).map(value),
      checks: capList(checkDraft(draft)).map(value),
      source: 'recognised',
    },
  };
}
