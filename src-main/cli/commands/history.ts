/** `history <id>` and `restore <id> --revision <n>`. */
import { CliError } from '../io';
import { call, required, withServices, type CommandContext } from '../context';

const REASONS = { auto: 'tự động', manual: 'lưu phiên bản', export: 'khi xuất', restore: 'trước khi khôi phục' } as const;

/** `history <id> [--json]`: the revisions of a draft, newest first. */
export async function historyCommand({ dataDir, args, options, io }: CommandContext): Promise<void> {
  const id = required(args[0], 'mã bản thảo');
  await withServices(dataDir, async (s) => {
    const revisions = await call(s, 'listRevisions', { id });
    if (options.json) {
      io.out(JSON.stringify(revisions));
      return;
    }
    for (const r of revisions) io.out(`${r.revision}\t${r.createdAt}\t${REASONS[r.reason]}\t${r.size}\t${r.title.replace(/\s+/g, ' ')}`);
  });
}

/**
 * `restore <id> --revision <n>`: puts a revision back as the current content. The content it
 * replaces is kept as a revision first, and the write carries a version check, so it is safe
 * while the app is open (the app's next save of the old version is refused, not lost).
 */
export async function restoreCommand({ dataDir, args, options, io }: CommandContext): Promise<void> {
  const id = required(args[0], 'mã bản thảo');
  const revision = Number(required(options.revision, '--revision <số phiên bản>'));
  if (!Number.isInteger(revision) || revision < 1) throw new CliError(`Số phiên bản không hợp lệ: ${options.revision}`, 2);
  await withServices(dataDir, async (s) => {
    const restored = await call(s, 'restoreRevision', { id, revision });
    io.out(`${restored.meta.id}\t${restored.meta.updatedAt}`);
    io.err(`Đã khôi phục phiên bản ${revision}; nội dung trước đó được giữ làm một phiên bản mới (xem "baocao history ${id}").`);
  });
}
