/** `new`, `list`, `show`, `save`, `search`. */
import { readDraftFile } from '../draft-file';
import { call, required, withServices, type CommandContext } from '../context';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `new`: creates an empty draft and prints its id. */
export async function newCommand({ dataDir, io }: CommandContext): Promise<void> {
  await withServices(dataDir, async (s) => io.out((await call(s, 'createDraft', {})).meta.id));
}

/** `list [--json]`: id, updatedAt, status and title of every draft, newest first. */
export async function listCommand({ dataDir, options, io }: CommandContext): Promise<void> {
  await withServices(dataDir, async (s) => {
    const drafts = await s.drafts.list();
    if (options.json) {
      io.out(JSON.stringify(drafts.map(({ id, title, updatedAt, status }) => ({ id, title, updatedAt, status }))));
    } else {
      for (const d of drafts) io.out(`${d.id}\t${d.updatedAt}\t${d.status}\t${oneLine(d.title)}`);
    }
  });
}

/** `show <id>`: the stored draft as JSON. */
export async function showCommand({ dataDir, args, io }: CommandContext): Promise<void> {
  const id = required(args[0], 'mã bản thảo');
  await withServices(dataDir, async (s) => io.out(JSON.stringify(await call(s, 'getDraft', { id }), null, 2)));
}

/**
 * `save <draft.json>`: stores the file and prints its id. A draft that exists is saved only if it
 * is still the version the file was taken from (its meta.updatedAt): a version check, so a save
 * never silently replaces newer work, whether or not the app is open.
 */
export async function saveCommand({ dataDir, args, io }: CommandContext): Promise<void> {
  const draft = await readDraftFile(required(args[0], 'tệp bản thảo'));
  await withServices(dataDir, async (s) => {
    const exists = (await s.drafts.list()).some((d) => d.id === draft.meta.id);
    if (exists) await call(s, 'saveDraft', { draft, expectedUpdatedAt: draft.meta.updatedAt });
    else await s.drafts.create(draft);
  });
  io.out(draft.meta.id);
}

/** `search <query> [--json]`: matching drafts, best first, with a snippet. */
export async function searchCommand({ dataDir, args, options, io }: CommandContext): Promise<void> {
  const query = required(args.join(' ').trim(), 'từ khoá tìm kiếm');
  await withServices(dataDir, async (s) => {
    const hits = await call(s, 'searchDrafts', { query, limit: 50 });
    if (options.json) {
      io.out(JSON.stringify(hits.map(({ id, title, year, status, updatedAt, score, field, snippet }) => ({ id, title, year, status, updatedAt, score, field, snippet }))));
      return;
    }
    for (const hit of hits) io.out(`${hit.id}\t${hit.year}\t${hit.status}\t${oneLine(hit.title)}\n\t${oneLine(hit.snippet)}`);
  });
}
