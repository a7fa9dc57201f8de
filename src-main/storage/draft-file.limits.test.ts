import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../shared/domain/draft-schema';
import { readDraftFile as readCliDraftFile } from '../cli/draft-file';
import { JSON_DEPTH, SECTION_DEPTH } from '../shared/domain/limits';
import { openDraftRepository } from './draft-repository';
import { removeDir, sampleDraft, steppingClock, tempDir } from './test-support';

let dir: string;
let opened: Array<{ flush(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await Promise.all(opened.map((repo) => repo.flush()));
  opened = [];
  await removeDir(dir);
});

/** The JSON text of a draft whose sections nest `depth` deep, built as text (no deep object in this process). */
function deepDraftText(id: string, depth: number, schemaVersion = DRAFT_SCHEMA_VERSION): string {
  const draft = { ...sampleDraft(id, 'Bản lồng sâu'), schemaVersion, sections: [] as unknown[] };
  const open = '{"id":"s","title":"Mục","blocks":[],"children":[';
  const chainText = `${open.repeat(depth)}${']}'.repeat(depth)}`;
  return JSON.stringify(draft).replace('"sections":[]', `"sections":[${chainText}]`);
}

describe('a stored draft nested deeper than any accepted one', () => {
  it.each([
    ['just past the limit', SECTION_DEPTH.max + 1, DRAFT_SCHEMA_VERSION],
    ['100,000 deep', 100_000, DRAFT_SCHEMA_VERSION],
    ['100,000 deep in the first format (read through the migrations)', 100_000, 1],
  ])('%s goes to quarantine with a notice; the other drafts stay', async (_label, depth, version) => {
    const drafts = join(dir, 'drafts');
    await mkdir(drafts, { recursive: true });
    await writeFile(join(drafts, 'draft-aaa.json'), JSON.stringify(sampleDraft('draft-aaa', 'Bản A'), null, 2));
    const text = deepDraftText('draft-deep', depth, version);
    await writeFile(join(drafts, 'draft-deep.json'), text);

    const repo = await openDraftRepository({ dataDir: dir, clock: steppingClock() });
    opened.push(repo);
    expect((await repo.list()).map((d) => d.id)).toEqual(['draft-aaa']);
    await expect(repo.get('draft-deep')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(repo.notices().join('\n')).toMatch(/draft-deep\.json.*cách ly|draft-deep\.json.*chuyển nguyên vẹn/);
    const quarantined = await readdir(join(dir, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(join(dir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toBe(text);
    expect(await readdir(drafts)).toEqual(['draft-aaa.json']);
  });
});

describe('a draft file given to the CLI (`baocao save`)', () => {
  it.each([
    ['100,000 deep', 100_000, JSON_DEPTH.message],
    ['100,000 deep in the first format', 100_000, JSON_DEPTH.message],
    ['just past the section limit', SECTION_DEPTH.max + 1, SECTION_DEPTH.message],
  ])('is refused with a message when nested %s', async (label, depth, message) => {
    const file = join(dir, 'in.json');
    await writeFile(file, deepDraftText('draft-deep', depth, label.includes('first') ? 1 : DRAFT_SCHEMA_VERSION));
    await expect(readCliDraftFile(file)).rejects.toMatchObject({ message: expect.stringContaining(message) });
  });
});
