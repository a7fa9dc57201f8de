/** `baocao`: headless commands over the same services as the app. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/api/errors';
import { exportDocxFile } from '../export/write-docx';
import { openServices, type Services } from '../services/open-services';
import { defaultDataDir } from '../storage/paths';
import { readDraftFile } from './draft-file';
import { CliError, processIo, type CliIo } from './io';

const USAGE = `Cách dùng: baocao <lệnh> [tùy chọn]
  new                                   tạo bản thảo mới, in mã
  list [--json]                         liệt kê bản thảo
  show <id>                             in bản thảo (JSON)
  save <draft.json>                     lưu tệp bản thảo vào kho, in mã
  export <id|draft.json> --format docx --out <tệp>
Tùy chọn chung: --data-dir <thư mục> (mặc định: thư mục dữ liệu của ứng dụng)`;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function withServices<T>(dataDir: string, run: (services: Services) => Promise<T>): Promise<T> {
  const services = await openServices({
    dataDir,
    version: packageVersion(),
    transport: 'http',
    chooseExportPath: async () => null,
  });
  try {
    return await run(services);
  } finally {
    await services.close();
  }
}

async function exportCommand(target: string, format: string, out: string | undefined, dataDir: string, io: CliIo): Promise<void> {
  if (format !== 'docx') throw new CliError(`Định dạng không hỗ trợ: ${format} (chỉ có docx)`, 2);
  if (!out) throw new CliError('Thiếu --out <tệp>', 2);
  const outPath = resolve(out);
  const isFile = target.toLowerCase().endsWith('.json');
  // A draft file is exported as it is, without touching (or even opening) the data folder.
  const draft = isFile ? await readDraftFile(target) : await withServices(dataDir, (s) => s.drafts.get(target));
  const layout = isFile
    ? (await import('../shared/domain/settings-schema')).defaultSettings().layout
    : await withServices(dataDir, async (s) => s.settings.get().layout);
  const written = await exportDocxFile(draft, layout, outPath, { overwrite: true });
  io.out(written.path);
  if (written.removedCharacters > 0) io.err(`Đã loại bỏ ${written.removedCharacters} ký tự không hợp lệ`);
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string', default: 'docx' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    if (values.help || !command) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'new':
        await withServices(dataDir, async (s) => io.out((await s.handlers.createDraft({})).meta.id));
        return 0;
      case 'list':
        await withServices(dataDir, async (s) => {
          const drafts = await s.drafts.list();
          if (values.json) {
            io.out(JSON.stringify(drafts.map(({ id, title, updatedAt, status }) => ({ id, title, updatedAt, status }))));
          } else {
            for (const d of drafts) io.out(`${d.id}\t${d.updatedAt}\t${d.status}\t${d.title.replace(/\s+/g, ' ')}`);
          }
        });
        return 0;
      case 'show':
        if (!rest[0]) throw new CliError('Thiếu mã bản thảo', 2);
        await withServices(dataDir, async (s) => io.out(JSON.stringify(await s.drafts.get(rest[0] ?? ''), null, 2)));
        return 0;
      case 'save': {
        if (!rest[0]) throw new CliError('Thiếu tệp bản thảo', 2);
        const draft = await readDraftFile(rest[0]);
        await withServices(dataDir, async (s) => {
          const exists = (await s.drafts.list()).some((d) => d.id === draft.meta.id);
          if (exists) await s.drafts.save(draft);
          else await s.drafts.create(draft);
        });
        io.out(draft.meta.id);
        return 0;
      }
      case 'export':
        if (!rest[0]) throw new CliError('Thiếu mã hoặc tệp bản thảo', 2);
        await exportCommand(rest[0], values.format, values.out, dataDir, io);
        return 0;
      default:
        throw new CliError(`Lệnh không rõ: ${command}\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.err(error.message);
      return error.code === 'INVALID_ARGUMENT' || error.code === 'NOT_FOUND' ? 2 : 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n${USAGE}`);
      return 2;
    }
    io.err(`Lỗi: ${(error as Error).message}`);
    return 1;
  }
}
