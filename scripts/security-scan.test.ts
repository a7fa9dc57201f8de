import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWLIST_FILE, decide, electronVersion, type Finding, type RepoFiles } from './security-scan.mjs';

const TEST_FILE = 'src-main/app/security-settings.test.ts';
const repo: RepoFiles = {
  exists: (path) => path === TEST_FILE,
  read: () => "it('isolates and sandboxes the renderer with no Node access', () => {});\nit('keeps DevTools off in production', () => {});",
};
const contextIsolation: Finding = {
  id: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  file: 'src-main/app/window.ts',
  line: 15,
  description: 'Review the use of the contextIsolation option',
};
const entry = {
  id: 'CONTEXT_ISOLATION_JS_CHECK',
  file: 'src-main/app/window.ts',
  reason: 'The window takes secureWebPreferences(), which isolates the context.',
  test: TEST_FILE,
  proves: 'isolates and sandboxes the renderer with no Node access',
};

describe('the security scan decision', () => {
  it('fails a HIGH or MEDIUM finding that is not in the allow-list', () => {
    const { failures } = decide([contextIsolation, { ...contextIsolation, id: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' }], { findings: [] }, repo);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK at src-main/app/window.ts:15 is not justified');
    expect(failures[1]).toContain('MEDIUM SANDBOX_JS_CHECK');
  });

  it('passes a finding the allow-list justifies with a reason and an existing test', () => {
    const { failures, justified } = decide([contextIsolation], { findings: [entry] }, repo);
    expect(failures).toEqual([]);
    expect(justified.map((j) => j.finding.id)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('matches by check and file: the same check in another file is not justified', () => {
    const { failures } = decide([{ ...contextIsolation, file: 'src-main/app/other-window.ts' }], { findings: [entry] }, repo);
    expect(failures.some((f) => f.includes('other-window.ts:15 is not justified'))).toBe(true);
  });

  it('fails an allow-list entry whose test file does not exist, and does not let it justify anything', () => {
    const { failures, justified } = decide([contextIsolation], { findings: [{ ...entry, test: 'src-main/app/gone.test.ts' }] }, repo);
    expect(failures.some((f) => f.includes('names a test file that does not exist: src-main/app/gone.test.ts'))).toBe(true);
    expect(failures.some((f) => f.includes('CONTEXT_ISOLATION_JS_CHECK at src-main/app/window.ts:15 is not justified'))).toBe(true);
    expect(justified).toEqual([]);
  });

  it('fails an entry whose test file lacks the named test, or that gives no reason', () => {
    expect(decide([contextIsolation], { findings: [{ ...entry, proves: 'a test nobody wrote' }] }, repo).failures.join('\n')).toContain(
      'does not contain: "a test nobody wrote"',
    );
    expect(decide([contextIsolation], { findings: [{ ...entry, proves: 'isolates' }] }, repo).failures.join('\n')).toContain('does not contain');
    expect(decide([contextIsolation], { findings: [{ ...entry, reason: '' }] }, repo).failures.join('\n')).toContain('gives no reason');
  });

  it('fails an entry that matches no finding any more, so the list only justifies what is there', () => {
    const { failures } = decide([], { findings: [entry] }, repo);
    expect(failures.join('\n')).toContain('matches no finding any more');
  });

  it('lets LOW and informational findings through as notes', () => {
    const low: Finding = { id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'N/A', line: 0, description: 'review' };
    const { failures, notes } = decide([low, { ...low, severity: 'INFORMATIONAL' }], { findings: [] }, repo);
    expect(failures).toEqual([]);
    expect(notes).toHaveLength(2);
  });

  it('reads the Electron version from package.json, refusing a range it cannot pin', () => {
    expect(electronVersion({ devDependencies: { electron: '45.4.1' } })).toBe('45.4.1');
    expect(electronVersion({ devDependencies: { electron: '^45.4.1' } })).toBe('45.4.1');
    expect(electronVersion({ dependencies: { electron: '46.0.0-beta.2' } })).toBe('46.0.0-beta.2');
    expect(() => electronVersion({ devDependencies: { electron: 'latest' } })).toThrow(/no exact Electron version/);
    expect(() => electronVersion({})).toThrow(/no exact Electron version/);
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { devDependencies: { electron: string } };
    expect(electronVersion(pkg)).toBe(pkg.devDependencies.electron.replace(/^\D+/, ''));
  });

  it('the checked-in allow-list is well formed against the repository', () => {
    const root = resolve(import.meta.dirname, '..');
    const allowlist = JSON.parse(readFileSync(resolve(root, ALLOWLIST_FILE), 'utf8')) as { findings: Array<Record<string, string>> };
    const files: RepoFiles = { exists: (p) => existsSync(resolve(root, p)), read: (p) => readFileSync(resolve(root, p), 'utf8') };
    // Feed each entry its own finding: only the entries' own validity can fail here.
    const findings = allowlist.findings.map((e) => ({ id: e.id ?? '', file: e.file ?? '', severity: 'HIGH' as const, line: 0, description: '' }));
    expect(decide(findings, allowlist, files).failures).toEqual([]);
  });
});
