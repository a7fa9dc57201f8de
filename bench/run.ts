/**
 * `npm run bench`: runs every benchmark in bench/ in turn, each in its own Node process (so one
 * benchmark's heap and JIT state do not colour the next), and prints their output. Figures are
 * printed, not asserted: they depend on the machine and its load.
 * Run one alone: node --expose-gc --import tsx bench/<name>.ts
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';

/** Files in bench/ that are helpers, not benchmarks. */
const HELPERS = new Set(['run.ts', 'generate-drafts.ts', 'stats.ts']);
const only = process.argv.slice(2);
const names = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !HELPERS.has(name))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

function runOne(name: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, name)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
let failed = 0;
for (const name of names) {
  console.log(`\n=== ${name}`);
  const started = performance.now();
  const code = await runOne(name);
  console.log(`=== ${name}: ${code === 0 ? 'done' : `failed (exit ${code})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
