#!/usr/bin/env node
// The `baocao` command. Runs the bundled CLI (out/cli/main.cjs, built by the "prepare" script
// during `npm ci`, or by `npm run build:cli`) when it is up to date with every file it was built
// from; otherwise runs the TypeScript sources through tsx, so it always works right after
// `npm ci`, only slower. BAOCAO_CLI=source forces the sources.
import { loadBundledCli } from './bundled-cli.mjs';

const bundled = process.env.BAOCAO_CLI === 'source' ? null : loadBundledCli();
let main;
if (bundled) {
  main = bundled.main;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src-main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
bundled?.saveCodeCache();
