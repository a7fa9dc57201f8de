/**
 * "Nhập từ Word": a DOCX becomes a new draft. The file is read and recognised by the injected
 * importer (a worker thread in the app, so the window never waits on it), the draft is stored as
 * a new draft like any import, and the original file is kept in imports/. A refused file changes
 * nothing stored; its reason comes back in Vietnamese, naming the file.
 */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { refusal } from '../../shared/import/messages';
import { importAsNew, keepImportedOriginal } from '../../storage/transfer';
import type { HandlerDeps } from '../handler-deps';

/** Builds the importDocx handler. */
export function importDocxHandlers(deps: HandlerDeps): Pick<Handlers, 'importDocx'> {
  return {
    importDocx: async ({ fileName, contentBase64 }) => {
      const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      let imported: Awaited<ReturnType<HandlerDeps['docxImporter']>>;
      try {
        imported = await deps.docxImporter(bytes, deps.clock().toISOString());
      } catch (error) {
        if (error instanceof AppError && error.code === 'INVALID_ARGUMENT') throw new AppError('INVALID_ARGUMENT', refusal(fileName, error.message));
        throw error;
      }
      const { summaries } = await importAsNew(deps.drafts, [imported.draft], deps);
      const [summary] = summaries;
      if (!summary) throw new AppError('INTERNAL', refusal(fileName, 'không lưu được bản thảo.'));
      await keepImportedOriginal(deps.info.dataDir, fileName, bytes, deps.clock()).catch(() => undefined);
      return { draft: summary, report: imported.report };
    },
  };
}
