import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noDialogs } from '../open-services';
import { fakePdfBytes, openOutputKit, outputDraft, type OutputKit } from './output-test-kit';

const ID = 'draft-print-1';
let kit: OutputKit | undefined;
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

describe('exportPdf', () => {
  it('writes the rendered PDF under the suggested name, never over an earlier file unasked', async () => {
    kit = await openOutputKit();
    const draft = await kit.services.drafts.create(outputDraft(ID, 'Báo cáo quý I'));
    const first = await kit.call('exportPdf', { id: ID });
    expect(first.path).toBe(join(kit.exportDir, 'BC-STTTT Báo cáo quý I.pdf'));
    expect(new Uint8Array(await readFile(first.path ?? ''))).toEqual(fakePdfBytes(draft));
    const second = await kit.call('exportPdf', { id: ID });
    expect(basename(second.path ?? '')).toBe('BC-STTTT Báo cáo quý I (2).pdf');
    expect((await kit.call('listRevisions', { id: ID })).map((r) => r.reason)).toEqual(['export']);
  });

  it('replaces a file when the save dialog asked, and refuses another extension', async () => {
    let chosen = 'report.pdf';
    kit = await openOutputKit({ dialogs: (dir) => ({ ...noDialogs, chooseExportPath: async () => ({ path: join(dir, chosen), overwrite: true }) }) });
    await kit.services.drafts.create(outputDraft(ID));
    await kit.call('exportPdf', { id: ID });
    const again = await kit.call('exportPdf', { id: ID });
    expect(again.path).toBe(join(kit.exportDir, 'report.pdf'));
    expect(await readdir(kit.exportDir)).toEqual(['report.pdf']);
    chosen = 'report.docx';
    expect(await kit.failure('exportPdf', { id: ID })).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('.pdf') });
  });

  it('writes nothing when the dialog is cancelled or the rendering fails', async () => {
    kit = await openOutputKit({ dialogs: () => noDialogs });
    await kit.services.drafts.create(outputDraft(ID));
    expect(await kit.call('exportPdf', { id: ID })).toEqual({ path: null });
    expect(kit.rendered).toEqual([]);
    await kit.close();

    kit = await openOutputKit();
    await kit.services.drafts.create(outputDraft(ID));
    kit.failRendering(true);
    expect(await kit.failure('exportPdf', { id: ID })).toMatchObject({ code: 'INTERNAL' });
    expect(await readdir(kit.exportDir)).toEqual([]);
  });
});

describe('printDraft', () => {
  it('answers that the browser prints where main has no print dialog', async () => {
    kit = await openOutputKit();
    await kit.services.drafts.create(outputDraft(ID));
    expect(await kit.call('printDraft', { id: ID, copies: 3 })).toEqual({ mode: 'browser' });
  });

  it('hands the stored draft and the copies to the app printer', async () => {
    kit = await openOutputKit({ printer: true });
    await kit.services.drafts.create(outputDraft(ID, 'In thử'));
    expect(await kit.call('printDraft', { id: ID, copies: 4 })).toEqual({ mode: 'app', printed: true });
    expect(kit.printed.map((p) => [p.draft.title, p.copies])).toEqual([['In thử', 4]]);
    expect(await kit.failure('printDraft', { id: ID, copies: 0 })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await kit.failure('printDraft', { id: ID, copies: 1000 })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await kit.failure('printDraft', { id: ID, copies: 1.5 })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(kit.printed).toHaveLength(1);
  });
});
