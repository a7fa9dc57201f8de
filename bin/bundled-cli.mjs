/**
 * Loads the bundled CLI (out/cli/main.cjs, made by scripts/build-cli.mjs) when it is up to date,
 * with a V8 code cache beside it: Node 20 has no compile cache for modules, so the bundle is run
 * as a CommonJS function through vm.Script, which takes and makes cached data (the technique of
 * src-main/storage/kill-loop.test.ts). Returns null — run the sources instead — when there is no
 * bundle, or any file it was built from changed since (size or mtime differs from manifest.json).
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = join(import.meta.dirname, '..');
/** Where scripts/build-cli.mjs puts the bundle, its manifest and code caches. */
export const BUNDLE_DIR = join(root, 'out', 'cli');

/** @typedef {{ hash: string; inputs: [string, number, number][] }} Manifest */

/** @param {Manifest} manifest */
function isFresh(manifest) {
  if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
  for (const [path, mtimeMs, size] of manifest.inputs) {
    // Paths are relative with "/", which Windows takes too; no path.join for 350 files.
    const stat = statSync(`${root}/${path}`, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs !== mtimeMs || stat.size !== size) return false;
  }
  return true;
}

/**
 * The bundle's source and manifest when the bundle is there and up to date, else null.
 * @param {string} dir
 */
function readFreshBundle(dir) {
  try {
    const manifest = /** @type {Manifest} */ (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    if (!isFresh(manifest)) return null;
    const source = readFileSync(join(dir, 'main.cjs'), 'utf8');
    // The bundle names its own hash on its first line: a bundle and manifest from different
    // builds (one stopped half-way) are not used, and a code cache never meets another bundle.
    if (!/^[^\n]*/.exec(source)?.[0].includes(`baocao-cli ${manifest.hash}`)) return null;
    return { manifest, source };
  } catch {
    return null;
  }
}

/** Whether out/cli/main.cjs is there and built from the files as they are now. */
export function bundleIsFresh(dir = BUNDLE_DIR) {
  return readFreshBundle(dir) !== null;
}

/**
 * The bundled CLI's main(argv, io?), or null when the bundle is missing or stale.
 * @returns {{ main: (argv: string[], io?: unknown) => Promise<number>; saveCodeCache: () => void } | null}
 */
export function loadBundledCli(dir = BUNDLE_DIR) {
  const fresh = readFreshBundle(dir);
  if (!fresh) return null;
  const { manifest, source } = fresh;
  const bundleFile = join(dir, 'main.cjs');
  const cacheFile = join(dir, `main.${manifest.hash}.${process.version}-${process.arch}.v8cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // A command lives for well under a second: V8's optimizing compiler would mostly compile code
  // the command no longer needs (over a quarter of the CPU time of a 100-page export). Waiting ~8× longer
  // before optimizing keeps that for code that really runs hot. Only on V8 11 (Node 20), where it
  // was measured; an unknown flag would print an error. Set before compiling the bundle: the code
  // cache records the flags it was made with.
  if (process.versions.v8.startsWith('11.')) v8.setFlagsFromString('--interrupt-budget=524288');
  let script;
  const module = { exports: /** @type {{ main?: (argv: string[], io?: unknown) => Promise<number> }} */ ({}) };
  try {
    script = new vm.Script(Module.wrap(source), {
      filename: bundleFile,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dir);
  } catch {
    return null;
  }
  const { main } = module.exports;
  if (typeof main !== 'function') return null;
  const needsCache = cachedData === undefined || script.cachedDataRejected === true;
  return {
    main,
    /** After the command ran, so the cache also holds the functions it compiled on the way. */
    saveCodeCache() {
      if (!needsCache) return;
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        rmSync(temp, { force: true }); // read-only install: run without a cache
      }
    },
  };
}
