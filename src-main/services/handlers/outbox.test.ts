import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCX_MIME, PDF_MIME } from '../../export/eml/build-eml';
import { fakePdfBytes, openOutputKit, outputDraft, type OutputKit } from './output-test-kit';

const ID = 'draft-outbox-1';
const TITLE = 'Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023';
let kit: OutputKit | undefined;
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

const bytesOf = async (path: string) => new Uint8Array(await readFile(path));
/** A DOCX's parts as text, without the metadata part that carries the time of writing. */
const docxParts = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => name !== 'docProps/core.xml').map(([name, data]) => [name, strFromU8(data)]));

describe('prepareEmail', () => {
  it('writes the DOCX, the PDF and an .eml carrying both, byte for byte, and opens the .eml', async () => {
    kit = await openOutputKit({ opens: true });
    const draft = await kit.services.drafts.create(outputDraft(ID, TITLE));
    const result = await kit.call('prepareEmail', { id: ID });

    expect(result.folder).toBe(join(kit.dataDir, 'outbox', ID));
    expect(result.opened).toBe(true);
    expect(kit.opened.files).toEqual([result.emlPath]);
    const [docxPath, pdfPath] = result.files;
    expect((await readdir(result.folder)).sort()).toEqual([basename(docxPath), basename(result.emlPath), basename(pdfPath)].sort());
    expect(basename(docxPath)).toBe(`BC-STTTT ${TITLE}.docx`);
    expect(basename(pdfPath)).toBe(`BC-STTTT ${TITLE}.pdf`);

    const mail = await PostalMime.parse(await bytesOf(result.emlPath));
    expect(mail.subject).toBe(TITLE);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.');
    expect(mail.text).toContain('Báo cáo số 15/BC-STTTT ngày 05 tháng 11 năm 2023');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      [basename(docxPath), DOCX_MIME],
      [basename(pdfPath), PDF_MIME],
    ]);
    expect(new Uint8Array(mail.attachments[0]?.content as ArrayBuffer)).toEqual(await bytesOf(docxPath));
    expect(new Uint8Array(mail.attachments[1]?.content as ArrayBuffer)).toEqual(await bytesOf(pdfPath));

    // The PDF is the renderer's output for the stored draft and the settings' layout.
    expect(await bytesOf(pdfPath)).toEqual(fakePdfBytes(draft));
    expect(kit.rendered[0]?.layout).toEqual(kit.services.settings.get().layout);
    // The DOCX is what "Xuất DOCX" writes for the same draft.
    const exported = await kit.call('exportDocx', { id: ID });
    expect(docxParts(await bytesOf(docxPath))).toEqual(docxParts(await bytesOf(exported.path ?? '')));
    expect((await kit.call('listRevisions', { id: ID })).map((r) => r.reason)).toContain('export');
  });

  it('replaces the previous outbox of the draft when prepared again, leaving nothing else behind', async () => {
    kit = await openOutputKit();
    await kit.services.drafts.create(outputDraft(ID, 'Bản đầu'));
    const first = await kit.call('prepareEmail', { id: ID });
    expect(first.opened).toBe(false);
    const draft = await kit.services.drafts.get(ID);
    await kit.services.drafts.save({ ...draft, title: 'Bản sau' });
    const second = await kit.call('prepareEmail', { id: ID });

    expect(second.folder).toBe(first.folder);
    expect((await readdir(second.folder)).sort()).toEqual(['BC-STTTT Bản sau.docx', 'BC-STTTT Bản sau.eml', 'BC-STTTT Bản sau.pdf']);
    expect(await readdir(dirname(second.folder))).toEqual([ID]);
    const mail = await PostalMime.parse(await bytesOf(second.emlPath));
    expect(mail.subject).toBe('Bản sau');
  });

  it('keeps the previous outbox untouched when the PDF cannot be made', async () => {
    kit = await openOutputKit();
    await kit.services.drafts.create(outputDraft(ID));
    const first = await kit.call('prepareEmail', { id: ID });
    const before = await Promise.all([first.emlPath, ...first.files].map(bytesOf));
    kit.failRendering(true);
    expect(await kit.failure('prepareEmail', { id: ID })).toMatchObject({ code: 'INTERNAL' });
    expect(await Promise.all([first.emlPath, ...first.files].map(bytesOf))).toEqual(before);
    expect(await readdir(dirname(first.folder))).toEqual([ID]);
  });

  it('prepares one draft twice at once without the two runs mixing their files', async () => {
    kit = await openOutputKit();
    await kit.services.drafts.create(outputDraft(ID));
    const runs = await Promise.all([kit.call('prepareEmail', { id: ID }), kit.call('prepareEmail', { id: ID })]);
    expect(runs[0].folder).toBe(runs[1].folder);
    expect(await readdir(runs[0].folder)).toHaveLength(3);
    expect(await readdir(dirname(runs[0].folder))).toEqual([ID]);
  });

  it('refuses an unknown draft with a Vietnamese message and writes nothing', async () => {
    kit = await openOutputKit();
    expect(await kit.failure('prepareEmail', { id: 'missing-draft' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await readdir(kit.dataDir)).not.toContain('outbox');
  });
});

describe('openOutbox', () => {
  it('says what to do before anything was prepared, then opens the folder', async () => {
    kit = await openOutputKit({ opens: true });
    await kit.services.drafts.create(outputDraft(ID));
    expect(await kit.failure('openOutbox', { id: ID })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Gửi email') });
    const { folder } = await kit.call('prepareEmail', { id: ID });
    expect(await kit.call('openOutbox', { id: ID })).toEqual({ folder, opened: true });
    expect(kit.opened.folders).toEqual([folder]);
  });
});
