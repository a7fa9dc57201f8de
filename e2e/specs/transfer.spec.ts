/** Moving drafts between machines: export the selected drafts to a file and import it back. */
import { readFile } from 'node:fs/promises';
import { MAX_TRANSFER_CHARS } from '@shared/api/contract';
import { expect, test } from '../support/fixtures';

const QUANG_TRI = 'Công tác tuyên truyền cải cách hành chính năm 2023';
const QUANG_NGAI = 'Kết quả thực hiện công tác tuyên truyền về cải cách hành chính năm 2023';

test('exported drafts import back as new drafts with new ids', async ({ drafts, seed }) => {
  await seed('seed-quang-tri', 'seed-quang-ngai');
  const before = await drafts.ids();
  await drafts.page.getByTestId('draft-select-all').check();
  await expect(drafts.page.getByTestId('selected-count')).toHaveText('Đã chọn 2 báo cáo');

  const path = await drafts.exportSelected();
  expect((await readFile(path, 'utf8')).length).toBeGreaterThan(0);

  await drafts.importFile(path);
  await expect(drafts.status).toContainText('Đã nhập 2 báo cáo');
  await expect(drafts.rows).toHaveCount(4);
  await expect(drafts.row(QUANG_TRI)).toHaveCount(2);
  await expect(drafts.row(QUANG_NGAI)).toHaveCount(2);
  const after = await drafts.ids();
  expect(new Set(after).size).toBe(4);
  for (const id of before) expect(after).toContain(id);

  await drafts.reload();
  await expect(drafts.rows).toHaveCount(4);
});

test('an invalid or oversized import file shows a Vietnamese error and changes nothing', async ({ drafts, page, seed }) => {
  await seed('seed-quang-tri');
  const before = await drafts.ids();

  await drafts.importFile({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "title": ') });
  await expect(drafts.status).toHaveAttribute('data-kind', 'error');
  await expect(drafts.status).toContainText('Không nhập được tệp “hong.json”');

  // Too large: refused in the window before the file is read or sent.
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/importDrafts')) calls.push(request.url());
  });
  await drafts.importFile({ name: 'qua-lon.baocao', mimeType: 'application/octet-stream', buffer: Buffer.alloc(MAX_TRANSFER_CHARS + 1, 0x20) });
  await expect(drafts.status).toContainText('Tệp “qua-lon.baocao” quá lớn để nhập');
  expect(calls).toEqual([]);

  await drafts.reload();
  expect(await drafts.ids()).toEqual(before);
});
