/** Revision handlers: list, view, save on demand, restore (undoable), and the export snapshot. */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { HandlerDeps } from '../handler-deps';

type HistoryHandlers = Pick<Handlers, 'listRevisions' | 'getRevision' | 'saveRevision' | 'restoreRevision' | 'exportDocx'>;

/** Builds the revision handlers and the DOCX export (which snapshots what it exported). */
export function historyHandlers(deps: HandlerDeps): HistoryHandlers {
  const { drafts, history } = deps;
  return {
    listRevisions: ({ id }) => history.list(id),
    getRevision: ({ id, revision }) => history.get(id, revision),
    saveRevision: async ({ id }) => history.snapshot(await drafts.get(id), 'manual'),
    restoreRevision: async ({ id, revision }) => {
      // Read (and validate) the revision first: a damaged one must change nothing.
      const target = await history.get(id, revision);
      const current = await drafts.get(id);
      // The current content becomes a revision of its own, so the restore can be undone.
      await history.snapshot(current, 'restore');
      const restored = { ...target, meta: { ...target.meta, id, createdAt: current.meta.createdAt } };
      await drafts.save(restored, { expectedUpdatedAt: current.meta.updatedAt });
      return drafts.get(id);
    },
    exportDocx: async ({ id }) => {
      const draft = await drafts.get(id);
      const target = await deps.dialogs.chooseExportPath(deps.suggestFileName(draft), 'docx');
      if (!target) return { path: null, removedCharacters: 0 };
      if (!target.path.toLowerCase().endsWith('.docx')) {
        throw new AppError('INVALID_ARGUMENT', 'Tệp xuất phải có đuôi .docx');
      }
      const written = await deps.writeDocx(draft, deps.settings.get().layout, target);
      try {
        await history.snapshot(draft, 'export');
      } catch {
        // The export itself succeeded; a missing history entry is not worth failing it for.
        deps.addNotice(`Đã xuất "${written.path}" nhưng chưa lưu được phiên bản tương ứng vào lịch sử.`);
      }
      return { path: written.path, removedCharacters: written.removedCharacters };
    },
  };
}
