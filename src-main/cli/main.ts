/** `baocao`: headless commands over the same services as the app. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/api/errors';
import { defaultDataDir } from '../storage/paths';
import { listCommand, newCommand, saveCommand, searchCommand, showCommand } from './commands/drafts';
import { historyCommand, restoreCommand } from './commands/history';
import { backupCommand, exportCommand, exportDraftsCommand, importCommand } from './commands/transfer';
import { trashCommand } from './commands/trash';
import type { CommandContext } from './context';
import { CliError, processIo, type CliIo } from './io';

const USAGE = `Cách dùng: baocao <lệnh> [tùy chọn]
  new                                   tạo bản thảo mới, in mã
  list [--json]                         liệt kê bản thảo (mã, thời điểm lưu, trạng thái, tiêu đề)
  show <id>                             in bản thảo (JSON)
  save <draft.json>                     lưu tệp bản thảo vào kho, in mã (bản đã có chỉ được ghi
                                        nếu chưa bị sửa sau meta.updatedAt của tệp)
  search <từ khoá> [--json]             tìm trong mọi bản thảo
  history <id> [--json]                 các phiên bản đã lưu của bản thảo
  restore <id> --revision <n>           khôi phục phiên bản n (nội dung hiện tại được giữ làm phiên bản)
  trash [list|restore <id>|empty]       thùng rác (khôi phục, dọn sạch: chỉ khi ứng dụng đang đóng)
  backup --out <thư mục>                sao lưu toàn bộ bản thảo, lịch sử, cài đặt vào một tệp .zip
  import <tệp> [--json]                 nhập bản thảo từ tệp chuyển hoặc tệp Word .docx (luôn thành bản
                                        thảo mới), in mã; --json: in bản thảo từ tệp Word, không lưu
  export-drafts <id…> --out <tệp>       xuất các bản thảo ra một tệp chuyển sang máy khác
  export <id|draft.json> --format docx|pdf --out <tệp> [--chromium <tệp chạy>]
                                        xuất DOCX, hoặc PDF dựng bằng Chromium của máy (mặc định
                                        tìm Chromium, Chrome, Edge; hoặc biến BAOCAO_CHROMIUM)
Tùy chọn chung: --data-dir <thư mục> (mặc định: thư mục dữ liệu của ứng dụng)
Mã thoát: 0 xong; 1 lỗi; 2 sai cách dùng hoặc dữ liệu; 3 xung đột (ứng dụng đang mở, bản thảo đã bị sửa ở nơi khác)`;

const COMMANDS: Record<string, (context: CommandContext) => Promise<void>> = {
  new: newCommand,
  list: listCommand,
  show: showCommand,
  save: saveCommand,
  search: searchCommand,
  history: historyCommand,
  restore: restoreCommand,
  trash: trashCommand,
  backup: backupCommand,
  import: importCommand,
  'export-drafts': exportDraftsCommand,
  export: exportCommand,
};

function exitCodeOf(error: AppError): number {
  if (error.code === 'CONFLICT') return 3;
  return error.code === 'INVALID_ARGUMENT' || error.code === 'NOT_FOUND' ? 2 : 1;
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
        revision: { type: 'string' },
        chromium: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...args] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new CliError(`Lệnh không rõ: ${command}\n${USAGE}`, 2);
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    await run({ dataDir, args, io, options: { format: values.format, out: values.out, json: values.json, revision: values.revision, chromium: values.chromium } });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.err(error.message);
      return exitCodeOf(error);
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n${USAGE}`);
      return 2;
    }
    io.err(`Lỗi: ${(error as Error).message}`);
    return 1;
  }
}
