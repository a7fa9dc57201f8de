import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Plain-JS modules (they run before anything is compiled); their JSDoc types are enough here.
// @ts-expect-error -- no declaration file for a .mjs script
import { bundleIsFresh, loadBundledCli } from '../bin/bundled-cli.mjs';
// @ts-expect-error -- no declaration file for a .mjs script
import { buildCli } from './build-cli.mjs';

type Loaded = { main: (argv: string[], io?: unknown) => Promise<number>; saveCodeCache: () => void } | null;
const load = loadBundledCli as (dir: string) => Loaded;
const fresh = bundleIsFresh as (dir: string) => boolean;

describe('the bundled CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-bundle-'));
    await (buildCli as (o: { outDir: string }) => Promise<unknown>)({ outDir: dir });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the CLI, with import.meta.url pointing at the sources (the version is read from package.json)', async () => {
    expect(fresh(dir)).toBe(true);
    const cli = load(dir);
    expect(cli).not.toBeNull();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
    expect(await cli?.main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('baocao');
    // `list` opens the services, which read the version through import.meta.url.
    const data = join(dir, 'data');
    expect(await cli?.main(['list', '--json', '--data-dir', data], io)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out.at(-1) ?? '')).toEqual([]);
  });

  it('writes a V8 code cache once, named after the build', () => {
    const cli = load(dir);
    cli?.saveCodeCache();
    const caches = readdirSync(dir).filter((name) => name.endsWith('.v8cache'));
    expect(caches).toHaveLength(1);
    const { hash } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { hash: string };
    expect(caches[0]).toContain(hash);
  });

  it('is not used once a file it was built from changed, or with a manifest of another build', () => {
    const manifestFile = join(dir, 'manifest.json');
    const original = readFileSync(manifestFile, 'utf8');
    try {
      const manifest = JSON.parse(original) as { hash: string; inputs: [string, number, number][] };
      const first = manifest.inputs[0];
      expect(first && existsSync(join(import.meta.dirname, '..', first[0]))).toBe(true);
      if (first) first[1] -= 1000; // as if the file had been edited since the build
      writeFileSync(manifestFile, JSON.stringify(manifest));
      expect(fresh(dir)).toBe(false);
      expect(load(dir)).toBeNull();
      writeFileSync(manifestFile, JSON.stringify({ ...(JSON.parse(original) as object), hash: '0123456789abcdef' }));
      expect(fresh(dir)).toBe(false);
    } finally {
      writeFileSync(manifestFile, original);
    }
    expect(fresh(dir)).toBe(true);
  });
});
