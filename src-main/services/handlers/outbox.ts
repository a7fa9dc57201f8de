/**
 * "Gửi email": the DOCX and the PDF of a draft and a ready-to-send .eml carrying both, written to
 * the draft's outbox folder and opened in the system's mail client. Nothing needs a connection:
 * the files wait in the folder until the clerk sends the message.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildEml, DOCX_MIME, outboxMessageId, PDF_MIME } from '../../export/eml/build-eml';
import { emailText } from '../../export/eml/email-text';
import { outboxFolder, stageOutbox } from '../../export/eml/outbox-folder';
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { KeyedQueue } from '../../storage/serial-queue';
import type { HandlerDeps } from '../handler-deps';
import { snapshotExported } from './print';

type OutboxHandlers = Pick<Handlers, 'prepareEmail' | 'openOutbox'>;

const NO_OUTBOX = 'Chưa có thư nào được chuẩn bị cho bản thảo này. Hãy bấm “Gửi email” trước.';

/** Builds the outbox handlers. */
export function outboxHandlers(deps: HandlerDeps): OutboxHandlers {
  const dataDir = deps.info.dataDir;
  // Two prepares of one draft at once (a double click) would clear each other's staging folder.
  const queue = new KeyedQueue();

  const prepare = async (id: string) => {
    const draft = await deps.drafts.get(id);
    const layout = deps.settings.get().layout;
    // Rendered first: a failed rendering leaves the previous outbox as it was.
    const pdf = await deps.renderPdf(draft, layout);
    const staging = await stageOutbox(dataDir, id);
    let names: { docx: string; pdf: string; eml: string };
    let folder: string;
    try {
      const written = await deps.writeDocx(draft, layout, { path: join(staging.dir, deps.suggestFileName(draft, 'docx')), overwrite: false });
      names = { docx: basename(written.path), pdf: deps.suggestFileName(draft, 'pdf'), eml: deps.suggestFileName(draft, 'eml') };
      // The attachment is read back from the file written, so the two are the same bytes.
      const docx = new Uint8Array(await readFile(written.path));
      await staging.write(names.pdf, pdf);
      const date = deps.clock();
      const eml = await buildEml({
        ...emailText(draft),
        date,
        messageId: outboxMessageId(id, date),
        attachments: [
          { filename: names.docx, contentType: DOCX_MIME, content: docx },
          { filename: names.pdf, contentType: PDF_MIME, content: pdf },
        ],
      });
      await staging.write(names.eml, eml);
      folder = await staging.commit();
    } catch (error) {
      await staging.discard();
      throw error;
    }
    const emlPath = join(folder, names.eml);
    await snapshotExported(deps, draft, emlPath);
    const opened = await deps.open.openFile(emlPath).catch(() => false);
    return { folder, emlPath, files: [join(folder, names.docx), join(folder, names.pdf)] as [string, string], opened };
  };

  return {
    prepareEmail: ({ id }) => queue.run(id, () => prepare(id)),
    openOutbox: async ({ id }) => {
      const folder = outboxFolder(dataDir, id);
      const found = await stat(folder).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!found) throw new AppError('NOT_FOUND', NO_OUTBOX);
      return { folder, opened: await deps.open.openFolder(folder).catch(() => false) };
    },
  };
}
