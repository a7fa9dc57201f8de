import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TRANSFER_CHARS } from '../shared/api/contract';
import { buildTransferText, TRANSFER_EXTENSION } from '../shared/domain/transfer-format';
import { removeDir, sampleDraft, tempDir } from '../storage/test-support';
import { MAX_TRANSFER_BYTES } from '../storage/transfer';
import { importOpenedFile, importThroughContract, transferPathsIn, withExtraNotices } from './open-file-import';
import { folderDialogs, openServices, type Services } from './open-services';

let root: string;
let services: Services;
let ids = 0;
beforeEach(async () => {
  root = await tempDir('baocao-open-file-');
  await mkdir(join(root, 'exports'));
  services = await openServices({
    dataDir: join(root, 'data'),
    version: 'test',
    transport: 'ipc',
    dialogs: folderDialogs(join(root, 'exports')),
    newId: () => `opened-draft-${++ids}`,
  });
});
afterEach(async () => {
  services.dispose();
  await services.close();
  await removeDir(root);
});

const transferText = () =>
  buildTransferText([sampleDraft('draft-one', 'Báo cáo quý I'), sampleDraft('draft-two', 'Báo cáo tháng 3')], '2025-03-02T00:00:00.000Z');
const importPort = () =>
  importThroughContract(services.handlers, (error) => {
    throw error;
  });

describe('transfer files on the command line', () => {
  it('picks the transfer files out of an argv, resolved, each once, leaving switches and other files', () => {
    const cwd = join(root, 'work');
    const argv = [
      '/opt/Soạn Báo Cáo/soan-bao-cao',
      '.',
      '--allow-file-access-from-files',
      '-psn_0_12345',
      `--flag=x.${TRANSFER_EXTENSION}`,
      `Báo cáo quý I.${TRANSFER_EXTENSION}`,
      join(root, 'cũ.baocao.json'),
      pathToFileURL(join(root, 'Tệp có dấu cách.BAOCAO')).href,
      join(root, 'draft.json'),
      join(root, 'report.docx'),
      `Báo cáo quý I.${TRANSFER_EXTENSION}`,
    ];
    expect(transferPathsIn(argv, cwd)).toEqual([
      join(cwd, `Báo cáo quý I.${TRANSFER_EXTENSION}`),
      join(root, 'cũ.baocao.json'),
      join(root, 'Tệp có dấu cách.BAOCAO'),
    ]);
    expect(transferPathsIn(['/usr/bin/electron', '.'], cwd)).toEqual([]);
  });
});

describe('importing a file the OS opened the app with', () => {
  it('imports every draft as a new draft, keeps the original like "Nhập", and says so in Vietnamese', async () => {
    const path = join(root, `chuyển sang máy khác.${TRANSFER_EXTENSION}`);
    await writeFile(path, transferText());
    const result = await importOpenedFile(path, importPort());
    expect(result.ok).toBe(true);
    expect(result.imported.map((d) => d.title)).toEqual(['Báo cáo quý I', 'Báo cáo tháng 3']);
    expect(result.imported.every((d) => d.id.startsWith('opened-draft-'))).toBe(true);
    expect(result.notice).toBe(
      `Đã nhập 2 báo cáo từ “chuyển sang máy khác.${TRANSFER_EXTENSION}”. Báo cáo nhập vào là bản mới, không ghi đè báo cáo đang có.`,
    );
    expect((await services.handlers.listDrafts({})).map((d) => d.id).sort()).toEqual(result.imported.map((d) => d.id).sort());
    expect(await readdir(join(root, 'data', 'imports'))).toHaveLength(1);
  });

  it('opens a file exported by the app itself, and one with the extension older versions wrote', async () => {
    await services.drafts.create(sampleDraft('draft-one', 'Báo cáo quý I'));
    const { path } = await services.handlers.exportDrafts({ ids: ['draft-one'] });
    expect(path?.endsWith(`.${TRANSFER_EXTENSION}`)).toBe(true);
    expect(transferPathsIn([path ?? ''], root)).toEqual([path]);
    expect((await importOpenedFile(path ?? '', importPort())).imported).toHaveLength(1);

    const old = join(root, 'cũ.baocao.json');
    await writeFile(old, transferText());
    expect((await importOpenedFile(old, importPort())).imported).toHaveLength(2);
    expect(await services.handlers.listDrafts({})).toHaveLength(4);
  });

  it.each([
    ['cut short', async (path: string) => writeFile(path, transferText().slice(0, 300)), /“hỏng\.baocao”: Tệp bị cắt cụt/],
    ['not a transfer file', async (path: string) => writeFile(path, '{"hello": 1}'), /không phải tệp chuyển bản thảo/],
    ['missing', async () => undefined, /Không tìm thấy tệp/],
    ['a folder', async (path: string) => mkdir(path), /Đây là một thư mục, không phải tệp/],
    ['over the character cap', async (path: string) => writeFile(path, ' '.repeat(MAX_TRANSFER_CHARS + 1)), /Tệp quá lớn \(20\.0 MB\); chỉ nhập được tệp đến 20\.0 MB/],
    [
      'over the byte cap (refused from its size alone: the file is sparse)',
      async (path: string) => {
        await writeFile(path, '');
        await truncate(path, MAX_TRANSFER_BYTES + 1);
      },
      /Tệp quá lớn \(60\.0 MB\)/,
    ],
  ])('refuses a file that is %s, naming it, and changes nothing stored', async (_name, make, message) => {
    await services.drafts.create(sampleDraft('draft-kept', 'Báo cáo đang có'));
    const before = await services.handlers.listDrafts({});
    const path = join(root, `hỏng.${TRANSFER_EXTENSION}`);
    await make(path);
    const result = await importOpenedFile(path, importPort());
    expect(result).toMatchObject({ ok: false, imported: [] });
    expect(result.notice).toMatch(/^Không nhập được tệp “hỏng\.baocao”: /);
    expect(result.notice).toMatch(message);
    expect(await services.handlers.listDrafts({})).toEqual(before);
  });
});

describe('notices kept outside the services', () => {
  it('are answered by getNotices after the services\' own', async () => {
    const extra: string[] = [];
    const handlers = withExtraNotices(services.handlers, () => extra);
    const own = await services.handlers.getNotices({});
    extra.push('Đã nhập 1 báo cáo từ “a.baocao”.');
    expect(await handlers.getNotices({})).toEqual([...own, 'Đã nhập 1 báo cáo từ “a.baocao”.']);
    expect(handlers.listDrafts).toBe(services.handlers.listDrafts);
  });
});
