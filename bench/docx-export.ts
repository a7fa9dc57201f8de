/**
 * DOCX export benchmark: a ~100-page report (600 paragraphs, 10 tables, 20 footnotes) built from
 * the model in code, timed three ways in the same run:
 *   - in process: buildDocx + packDocx, what the app does per export (median of RUNS after a
 *     warm-up), with the read-back (verifyDocx) timed beside it;
 *   - the whole `baocao export <draft.json> --format docx --out …` command, a fresh Node process
 *     each time, start-up and read-back included;
 *   - Debian's pandoc converting the same content from Markdown (`pandoc -f markdown -t docx`).
 * The command and pandoc runs alternate, so both see the same machine load.
 * Run: node --import tsx bench/docx-export.ts [--pages] [--tsx]
 *   --pages  renders once with LibreOffice to count the pages
 *   --tsx    also times the command on its TypeScript sources through tsx (no bundle)
 * Prints plain "name: value" lines. Goals: in-process export of 100 pages under 150 ms; the whole
 * command at most half of pandoc's time. Wall-clock times depend on the machine's load (printed);
 * CPU times (user + system; children's through bash's `time`) are printed beside them.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDocx } from '../src-main/export/docx/build-docx';
import { minimalDraft } from '../src-main/export/docx/test-drafts';
import { packDocx } from '../src-main/export/pack-docx';
import { verifyDocx } from '../src-main/export/read-back';
import type { Block, Draft, Inline, Section, TextRun } from '../src-main/shared/domain/draft-schema';
import { toRoman } from '../src-main/shared/domain/numbering';
import { defaultSettings } from '../src-main/shared/domain/settings-schema';
import { prng } from './generate-drafts';
import { median } from './stats';

const run = promisify(execFile);
const RUNS = 15;
const WARMUP = 3;
/** Runs of the whole command, and of pandoc (alternating with it). */
const COMMAND_RUNS = 7;
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'baocao.mjs');


const PHRASES = [
  'Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành triển khai đồng bộ các giải pháp',
  'công tác cải cách hành chính tiếp tục được quan tâm, tạo chuyển biến rõ nét',
  'tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, tăng 2,1% so với cùng kỳ năm trước',
  'việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước được đẩy mạnh',
  'Bộ phận Một cửa các cấp tiếp nhận và trả kết quả đúng quy định',
  'một số đơn vị chưa thực hiện nghiêm chế độ thông tin, báo cáo',
  'kinh phí bảo đảm cho hoạt động chuyển đổi số còn hạn chế',
  'đội ngũ cán bộ, công chức từng bước nâng cao trình độ chuyên môn, nghiệp vụ',
  'công tác kiểm tra, giám sát được tăng cường, kịp thời chấn chỉnh những tồn tại',
  'người dân và doanh nghiệp đánh giá cao chất lượng phục vụ của cơ quan hành chính',
];

const t = (text: string): TextRun => ({ type: 'text', text });

function paragraphText(rand: () => number): string {
  const parts: string[] = [];
  const count = rand() < 0.45 ? 7 : 6; // about 5 lines at 14 pt: 600 of them fill ~100 pages
  for (let i = 0; i < count; i++) parts.push(PHRASES[Math.floor(rand() * PHRASES.length)] ?? '');
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}.`;
}

function table(n: number, rand: () => number): Block {
  const rows = [{ cells: ['TT', 'Đơn vị', 'Tiếp nhận', 'Đúng hạn', 'Tỷ lệ (%)'].map((c) => ({ paragraphs: [[t(c)]] })) }];
  for (let r = 1; r <= 10; r++) {
    const received = 100 + Math.floor(rand() * 900);
    const onTime = received - Math.floor(rand() * 10);
    rows.push({
      cells: [String(r), `Đơn vị số ${n}.${r}`, String(received), String(onTime), ((onTime / received) * 100).toFixed(1)].map((c) => ({
        paragraphs: [[t(c)]],
      })),
    });
  }
  return { type: 'table', caption: `Bảng ${n}. Kết quả giải quyết hồ sơ`, columnWidths: [1, 5, 2, 2, 2], headerRows: 1, rows };
}

/** 6 mục × 5 khoản × 20 paragraphs = 600 paragraphs; a table every 60, a footnote every 30. */
export function benchDraft(): Draft {
  const rand = prng(2024);
  let paragraphs = 0;
  let tables = 0;
  let notes = 0;
  const sections: Section[] = [];
  for (let m = 1; m <= 6; m++) {
    const children: Section[] = [];
    for (let k = 1; k <= 5; k++) {
      const blocks: Block[] = [];
      for (let p = 0; p < 20; p++) {
        paragraphs++;
        const content: Inline[] = [t(paragraphText(rand))];
        if (paragraphs % 30 === 0) {
          notes++;
          content.push({ type: 'footnote', content: [t(`Số liệu tổng hợp đến ngày 15/12/2023, nguồn ${notes}.`)] });
        }
        blocks.push({ type: 'paragraph', content });
        if (paragraphs % 60 === 0) blocks.push(table(++tables, rand));
      }
      children.push({ id: `s${m}-${k}`, title: `Nội dung khoản ${k} của mục ${m}`, blocks, children: [] });
    }
    sections.push({ id: `s${m}`, title: `Kết quả thực hiện nhiệm vụ nhóm ${m}`, blocks: [], children });
  }
  return minimalDraft({ sections, opening: [{ type: 'paragraph', content: [t('Báo cáo kết quả thực hiện năm 2023 như sau:')] }] });
}

function inlineMarkdown(content: readonly Inline[], notes: string[]): string {
  return content
    .map((i) => {
      if (i.type === 'text') return i.text;
      notes.push(i.content.map((c) => c.text).join(''));
      return `[^${notes.length}]`;
    })
    .join('');
}

/** The same report as Markdown (headings, paragraphs, pipe tables, footnotes). */
export function benchMarkdown(draft: Draft): string {
  const notes: string[] = [];
  const out = ['# BÁO CÁO', '', `**${draft.title.replace(/\n/g, ' ')}**`, ''];
  const blocks = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.type === 'table') {
        if (b.caption) out.push(`**${b.caption}**`, '');
        const rows = b.rows.map((r) => `| ${r.cells.map((c) => inlineMarkdown(c.paragraphs[0] ?? [], notes)).join(' | ')} |`);
        out.push(rows[0] ?? '', `|${b.columnWidths.map(() => '---').join('|')}|`, ...rows.slice(1), '');
      } else {
        out.push(`${b.type === 'bullet' ? '- ' : ''}${inlineMarkdown(b.content, notes)}`, '');
      }
    }
  };
  blocks(draft.opening);
  draft.sections.forEach((s, i) => {
    out.push(`## ${toRoman(i + 1)}. ${s.title.toLocaleUpperCase('vi')}`, '');
    s.children.forEach((c, j) => {
      out.push(`### ${j + 1}. ${c.title}`, '');
      blocks(c.blocks);
    });
  });
  out.push(`${inlineMarkdown(draft.closing, notes)}./.`, '');
  notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`));
  return out.join('\n');
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Timed {
  wallMs: number;
  /** User + system CPU time of the command and its children; NaN without bash. */
  cpuMs: number;
}

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

/** Runs a command to completion, timed by bash's `time` (wall, user, sys), or wall-clock alone without bash. */
function timeCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Timed {
  if (!hasBash) {
    const start = performance.now();
    const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
    return { wallMs: performance.now() - start, cpuMs: Number.NaN };
  }
  // bash's `time` reports on the group's stderr, sent to stdout; the command's own stderr goes to fd 3.
  const script = 'exec 3>&2; TIMEFORMAT="%3R %3U %3S"; { time "$@" >/dev/null 2>&3; } 2>&1';
  const result = spawnSync('bash', ['-c', script, 'bash', command, ...args], { env, encoding: 'utf8' });
  const [real, user, sys] = (result.stdout.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (result.status !== 0 || real === undefined || Number.isNaN(real)) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stdout}${result.stderr}`);
  }
  return { wallMs: real * 1000, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000 };
}

function summary(name: string, runs: readonly Timed[]): { wall: number; cpu: number } {
  const wall = median(runs.map((r) => r.wallMs));
  const cpu = median(runs.map((r) => r.cpuMs));
  const walls = runs.map((r) => r.wallMs);
  console.log(`${name} median (${runs.length} runs): ${ms(wall)} wall, ${Number.isNaN(cpu) ? 'CPU n/a' : `${ms(cpu)} CPU`}`);
  console.log(`${name} min / max wall: ${ms(Math.min(...walls))} / ${ms(Math.max(...walls))}`);
  return { wall, cpu };
}

async function main(): Promise<void> {
  const draft = benchDraft();
  const layout = defaultSettings().layout;
  const exportOnce = async (): Promise<Uint8Array> => packDocx(buildDocx(draft, layout).document);

  console.log(`report: 600 paragraphs, 10 tables, 20 footnotes`);
  console.log(`machine: ${cpus().length} CPUs, node ${process.version}`);
  console.log(`load average (1/5/15 min) at start: ${load()}`);

  for (let i = 0; i < WARMUP; i++) verifyDocx(await exportOnce());
  const times: number[] = [];
  const buildTimes: number[] = [];
  const cpuTimes: number[] = [];
  const verifyTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const built = buildDocx(draft, layout);
    const builtAt = performance.now();
    const packed = await packDocx(built.document);
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    verifyDocx(packed);
    verifyTimes.push(performance.now() - end);
    cpuTimes.push((used.user + used.system) / 1000);
    times.push(end - start);
    buildTimes.push(builtAt - start);
    bytes = packed.length;
  }
  const inProcess = median(times);
  console.log(`docx size: ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`in-process runs: ${RUNS} (after ${WARMUP} warm-up)`);
  console.log(`in-process buildDocx median: ${ms(median(buildTimes))}`);
  console.log(`in-process buildDocx+packDocx median: ${ms(inProcess)}`);
  console.log(`in-process min / max: ${ms(Math.min(...times))} / ${ms(Math.max(...times))}`);
  // CPU time of this process: less sensitive to other load on the machine than wall-clock time.
  console.log(`in-process CPU time median: ${ms(median(cpuTimes))}`);
  console.log(`in-process read-back (verifyDocx) median: ${ms(median(verifyTimes))}`);
  console.log(`goal (in-process < 150 ms for 100 pages): ${inProcess < 150 ? 'met' : 'NOT met'}`);

  const dir = await mkdtemp(join(tmpdir(), 'baocao-bench-'));
  try {
    if (process.argv.includes('--pages')) {
      if (spawnSync('sh', ['-c', 'command -v soffice']).status === 0) {
        const docx = join(dir, 'bench.docx');
        await writeFile(docx, await exportOnce());
        await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 300_000 });
        const info = (await run('pdfinfo', [join(dir, 'bench.pdf')])).stdout;
        console.log(`pages (LibreOffice): ${/Pages:\s+(\d+)/.exec(info)?.[1] ?? '?'}`);
      } else {
        console.log('pages: skipped (soffice not installed)');
      }
    }

    // The command as users run it: the bundle `npm ci` builds (rebuilt here if a source changed).
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { encoding: 'utf8' });
    const bundled = build.status === 0;
    console.log(`command: node bin/baocao.mjs export <draft.json> --format docx --out <file> (${bundled ? 'bundle out/cli/main.cjs' : `sources through tsx: bundling failed: ${build.stderr.trim()}`})`);
    const draftFile = join(dir, 'bench-draft.json');
    await writeFile(draftFile, JSON.stringify(draft));
    const cliArgs = (n: number) => [BIN, 'export', draftFile, '--format', 'docx', '--out', join(dir, `cli-${n}.docx`)];
    const markdown = join(dir, 'bench.md');
    await writeFile(markdown, benchMarkdown(draft));
    const pandocArgs = ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), markdown];
    const hasPandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;

    // Warm-ups: the disk cache, and the bundle's V8 code cache when it is not written yet.
    timeCommand(process.execPath, cliArgs(0));
    if (hasPandoc) timeCommand('pandoc', pandocArgs);
    const cliRuns: Timed[] = [];
    const pandocRuns: Timed[] = [];
    for (let i = 1; i <= COMMAND_RUNS; i++) {
      cliRuns.push(timeCommand(process.execPath, cliArgs(i)));
      if (hasPandoc) pandocRuns.push(timeCommand('pandoc', pandocArgs));
    }
    verifyDocx(new Uint8Array(await readFile(join(dir, `cli-${COMMAND_RUNS}.docx`))));
    const cli = summary('baocao export (whole command)', cliRuns);
    if (process.argv.includes('--tsx')) {
      const env = { ...process.env, BAOCAO_CLI: 'source' };
      timeCommand(process.execPath, cliArgs(0), env);
      summary('baocao export through tsx (no bundle)', [1, 2, 3].map((n) => timeCommand(process.execPath, cliArgs(n), env)));
    }

    if (!hasPandoc) {
      console.log('pandoc: skipped (pandoc not installed)');
      return;
    }
    console.log(`pandoc version: ${(await run('pandoc', ['--version'])).stdout.split('\n')[0]}`);
    console.log(`pandoc docx size: ${((await readFile(join(dir, 'pandoc.docx'))).length / 1024).toFixed(1)} KB`);
    const pandoc = summary('pandoc -f markdown -t docx', pandocRuns);
    console.log(`ratio baocao export / pandoc (wall medians): ${(cli.wall / pandoc.wall).toFixed(2)}`);
    if (!Number.isNaN(cli.cpu)) console.log(`ratio baocao export / pandoc (CPU medians): ${(cli.cpu / pandoc.cpu).toFixed(2)}`);
    console.log(`ratio pandoc / in-process: ${(pandoc.wall / inProcess).toFixed(1)}×`);
    console.log(`goal (whole command ≤ half of pandoc, wall): ${cli.wall <= pandoc.wall / 2 ? 'met' : 'NOT met'}`);
  } finally {
    console.log(`load average (1/5/15 min) at end: ${load()}`);
    await rm(dir, { recursive: true, force: true });
  }
}

// Run only when executed, so the draft builders can be imported (e.g. by a profiler script).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
