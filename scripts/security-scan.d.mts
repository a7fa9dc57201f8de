/** Types of scripts/security-scan.mjs for its test. */
export interface Finding {
  id: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence?: string;
  /** Relative to the repository, `N/A` for a global check. */
  file: string;
  line: number;
  manualReview?: boolean;
  description: string;
}
export interface AllowEntry {
  id?: unknown;
  file?: unknown;
  reason?: unknown;
  test?: unknown;
  proves?: unknown;
}
export interface RepoFiles {
  exists(path: string): boolean;
  read(path: string): string;
}
export interface Decision {
  failures: string[];
  justified: Array<{ finding: Finding; entry: AllowEntry }>;
  notes: Finding[];
}
export const SCAN_INPUT: string;
export const ALLOWLIST_FILE: string;
export const FAILING_SEVERITIES: string[];
export const SKIPPED_CHECKS: Record<string, string>;
export function electronVersion(pkg: unknown): string;
export function decide(findings: Finding[], allowlist: { findings?: AllowEntry[] } | unknown, files: RepoFiles): Decision;
export function scan(input: string, version: string): Promise<{ findings: Finding[]; parseErrors: string[] }>;
