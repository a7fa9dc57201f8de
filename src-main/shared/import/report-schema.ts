/** The import report as it crosses the API (contract.ts): what was recognised, what was not, what the original got wrong. */
import { z } from 'zod';
import { REPORT_LIMITS } from './limits';

const line = z.string().max(REPORT_LIMITS.chars);
const lines = z.array(line).max(REPORT_LIMITS.items);

/** A finding without its fix function (checks/types.ts). */
export const FindingValueSchema = z.object({
  id: z.string().max(200),
  severity: z.enum(['error', 'warning']),
  message: line,
  field: z.array(z.union([z.string().max(200), z.number().int()])).max(20),
});

export const ImportReportSchema = z.object({
  recognised: lines,
  unplaced: lines,
  /** What the original file got wrong against NĐ30 (the export of the draft fixes all of it). */
  originalProblems: z.array(FindingValueSchema).max(REPORT_LIMITS.items),
  /** The NĐ30 checks of the imported draft. */
  checks: z.array(FindingValueSchema).max(REPORT_LIMITS.items),
  /** How the draft was made: always from what the file prints (an export carries no copy of its draft). */
  source: z.enum(['recognised']),
});

export type FindingValue = z.infer<typeof FindingValueSchema>;
export type ImportReportValue = z.infer<typeof ImportReportSchema>;
