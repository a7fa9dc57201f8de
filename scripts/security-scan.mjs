#!/usr/bin/env node
/**
 * Electronegativity over the Electron shell (src-main), offline and told our Electron version:
 * the run fails on any HIGH or MEDIUM finding that `security-allowlist.json` does not justify
 * with a reason and the test that proves the finding false.
 *
 * Electronegativity is run in-process rather than through its CLI so that no request leaves the
 * machine: its `got` (translations from S3, Electron's release list from GitHub) is replaced by a
 * stub that answers 404, and the one check that needs the release list is skipped. Its structured
 * result is read instead of the CSV/SARIF files: the SARIF report carries no severity, and the
 * CSV writer appends its rows without waiting for the header write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
/** What is scanned: the privileged shell and everything it composes. */
export const SCAN_INPUT = 'src-main';
export const ALLOWLIST_FILE = 'scripts/security-allowlist.json';
/** Findings of these severities fail the run unless justified. */
export const FAILING_SEVERITIES = ['HIGH', 'MEDIUM'];
/** Checks skipped, with why: they cannot run offline. */
export const SKIPPED_CHECKS = {
  AvailableSecurityFixesGlobalCheck: "downloads Electron's release list from GitHub on every run",
};

/** The Electron version of package.json (`45.4.1` from `"electron": "^45.4.1"`); throws when there is none. */
export function electronVersion(pkg) {
  const spec = pkg?.devDependencies?.electron ?? pkg?.dependencies?.electron ?? '';
  const match = /^[~^=v\s]*(\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(spec);
  if (!match) throw new Error(`package.json names no exact Electron version (found "${spec}")`);
  return match[1];
}

const key = (id, file) => `${id} @ ${file}`;

/** Whether `source` holds `title` as a whole string literal (a test's name), escaped quotes undone. */
function hasTestTitle(source, title) {
  const text = source.replace(/\\(['"`])/g, '$1');
  return ["'", '"', '`'].some((quote) => text.includes(`${quote}${title}${quote}`));
}

/**
 * The decision, kept pure for its test. `findings`: { id, severity, file, line, description }[]
 * (file relative to the repository, `N/A` for a global check); `allowlist`: { findings: entry[] };
 * `files`: { exists(path), read(path) } over the repository. Returns what fails and why.
 */
export function decide(findings, allowlist, files) {
  const failures = [];
  const entries = Array.isArray(allowlist?.findings) ? allowlist.findings : [];
  if (!Array.isArray(allowlist?.findings)) failures.push('the allow-list has no "findings" array');

  const valid = new Map();
  for (const [index, entry] of entries.entries()) {
    const name = `allow-list entry ${index + 1} (${entry?.id ?? '?'} @ ${entry?.file ?? '?'})`;
    const problems = [];
    if (typeof entry?.id !== 'string' || !entry.id) problems.push('has no check id');
    if (typeof entry?.file !== 'string' || !entry.file) problems.push('has no file');
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < 20) problems.push('gives no reason');
    if (typeof entry?.test !== 'string' || !entry.test) problems.push('names no test');
    else if (!files.exists(entry.test)) problems.push(`names a test file that does not exist: ${entry.test}`);
    else if (typeof entry?.proves !== 'string' || !entry.proves) problems.push('names no test title ("proves")');
    else if (!hasTestTitle(files.read(entry.test), entry.proves)) problems.push(`names a test that ${entry.test} does not contain: "${entry.proves}"`);
    if (problems.length > 0) failures.push(`${name} ${problems.join('; ')}`);
    else if (valid.has(key(entry.id, entry.file))) failures.push(`${name} is listed twice`);
    else valid.set(key(entry.id, entry.file), entry);
  }

  const justified = [];
  const notes = [];
  const used = new Set();
  for (const finding of findings) {
    const entry = valid.get(key(finding.id, finding.file));
    if (entry) {
      used.add(key(finding.id, finding.file));
      justified.push({ finding, entry });
    } else if (FAILING_SEVERITIES.includes(finding.severity)) {
      failures.push(`${finding.severity} ${finding.id} at ${finding.file}:${finding.line} is not justified: ${finding.description}`);
    } else {
      notes.push(finding);
    }
  }
  for (const [entryKey, entry] of valid) {
    if (!used.has(entryKey)) failures.push(`allow-list entry ${entryKey} matches no finding any more: remove it (it was: ${entry.reason})`);
  }
  return { failures, justified, notes };
}

/** Runs Electronegativity on `input` with no network; resolves to its findings and parse errors. */
export async function scan(input, version) {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@doyensec/electronegativity/package.json');
  const local = createRequire(packageJson);
  const gotPath = local.resolve('got');
  const offline = async () => ({ statusCode: 404, body: '{}', headers: {} });
  const stub = Object.assign(offline, { head: offline, get: offline, extend: () => stub });
  local.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub };
  const runner = local('./dist/runner.js');
  const run = runner.default ?? runner;
  const result = await run(
    {
      input,
      customScan: [],
      excludeFromScan: Object.keys(SKIPPED_CHECKS).map((name) => name.toLowerCase()),
      electronVersionOverride: version,
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : relative(ROOT, issue.file).split(sep).join('/'),
    line: issue.location?.line ?? 0,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }));
  const parseErrors = result.errors.filter((error) => !error.tolerable).map((error) => `${relative(ROOT, error.file)}: ${error.message}`);
  return { findings, parseErrors };
}

async function main() {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const version = electronVersion(pkg);
  const allowlist = JSON.parse(readFileSync(resolve(ROOT, ALLOWLIST_FILE), 'utf8'));
  const { findings, parseErrors } = await scan(resolve(ROOT, SCAN_INPUT), version);
  const files = { exists: (path) => existsSync(resolve(ROOT, path)), read: (path) => readFileSync(resolve(ROOT, path), 'utf8') };
  const { failures, justified, notes } = decide(findings, allowlist, files);
  failures.push(...parseErrors.map((error) => `Electronegativity could not parse ${error}`));

  console.log(`security scan: Electronegativity on ${SCAN_INPUT}/ as Electron ${version}, offline`);
  for (const [name, why] of Object.entries(SKIPPED_CHECKS)) console.log(`  skipped ${name}: ${why}`);
  for (const { finding, entry } of justified) {
    console.log(`  justified ${finding.severity} ${finding.id} at ${finding.file}:${finding.line}: ${entry.reason} (test: ${entry.test} › ${entry.proves})`);
  }
  for (const finding of notes) console.log(`  note ${finding.severity} ${finding.id} at ${finding.file}:${finding.line}: ${finding.description}`);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`  FAIL ${failure}`);
    console.error(`security scan failed: justify a false finding in ${ALLOWLIST_FILE} with the test that proves it, or fix it`);
    process.exitCode = 1;
  } else {
    console.log(`security scan passed: ${findings.length} findings, ${justified.length} justified, no unjustified HIGH or MEDIUM`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
