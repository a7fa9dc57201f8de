/** `trash [list|restore <id>|empty]`. */
import { CliError } from '../io';
import { call, refuseWhileAppRuns, required, withServices, type CommandContext } from '../context';

/** Lists, restores from or empties the trash; restore and empty are refused while the app is open. */
export async function trashCommand(context: CommandContext): Promise<void> {
  const { dataDir, args, options, io } = context;
  const [action = 'list', id] = args;
  switch (action) {
    case 'list':
      await withServices(dataDir, async (s) => {
        const trashed = await call(s, 'listTrash', {});
        if (options.json) io.out(JSON.stringify(trashed.map(({ id: i, title, deletedAt, updatedAt, status }) => ({ id: i, title, deletedAt, updatedAt, status }))));
        else for (const t of trashed) io.out(`${t.id}\t${t.deletedAt}\t${t.title.replace(/\s+/g, ' ')}`);
      });
      return;
    case 'restore': {
      const which = required(id, 'mã bản thảo cần khôi phục');
      await refuseWhileAppRuns(dataDir, 'khôi phục từ thùng rác');
      await withServices(dataDir, async (s) => io.out((await call(s, 'restoreFromTrash', { id: which })).id));
      return;
    }
    case 'empty':
      await refuseWhileAppRuns(dataDir, 'dọn sạch thùng rác');
      await withServices(dataDir, async (s) => io.out(String((await call(s, 'emptyTrash', {})).count)));
      return;
    default:
      throw new CliError(`Lệnh thùng rác không rõ: ${action} (list, restore <mã>, empty)`, 2);
  }
}
