import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from './draft-schema';
import { newDraft } from './new-draft';
import { buildTransferText, isTransferFileName, readTransferText, TRANSFER_EXTENSION, TRANSFER_FORMAT } from './transfer-format';

const draft = { ...newDraft({ id: 'draft-one', now: '2025-03-01T00:00:00.000Z' }), title: 'Báo cáo tháng 3' };
const text = buildTransferText([draft], '2025-03-02T00:00:00.000Z');

describe('transfer file format', () => {
  it('reads back what it writes', () => {
    expect(readTransferText(text, 1e6)).toEqual({ ok: true, drafts: [JSON.parse(JSON.stringify(draft))] });
  });

  it('accepts a single draft JSON, a BOM and decomposed (NFD) text', () => {
    const single = `\uFEFF${JSON.stringify(draft).normalize('NFD')}`;
    const read = readTransferText(single, 1e6);
    expect(read.ok && (read.drafts[0] as { title: string }).title).toBe('Báo cáo tháng 3');
  });

  it.each([
    ['too large, before parsing', 'x'.repeat(2000), /quá lớn/],
    ['truncated', text.slice(0, text.length / 2), /cắt cụt/],
    ['not JSON', 'hello', /không phải JSON/],
    ['empty', '  ', /rỗng/],
    ['another format', JSON.stringify({ format: 'other', drafts: [] }), /không phải tệp chuyển/],
    ['no drafts', JSON.stringify({ format: TRANSFER_FORMAT, formatVersion: 1, exportedAt: 'x', drafts: [] }), /không chứa bản thảo/],
    ['a newer format version', JSON.stringify({ format: TRANSFER_FORMAT, formatVersion: 2, exportedAt: 'x', drafts: [draft] }), /phiên bản 2.*đến phiên bản 1/],
    [
      'a newer draft schemaVersion',
      JSON.stringify({ format: TRANSFER_FORMAT, formatVersion: 1, exportedAt: 'x', drafts: [{ ...draft, schemaVersion: DRAFT_SCHEMA_VERSION + 1 }] }),
      new RegExp(`"Báo cáo tháng 3".*phiên bản ${DRAFT_SCHEMA_VERSION + 1}, mới hơn`),
    ],
  ])('refuses a file that is %s, saying so', (_name, input, message) => {
    const read = readTransferText(input, 1000);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('names transfer files with one extension, and still opens the double one older versions wrote', () => {
    // Windows and macOS associate files by their last extension: "baocao.json" would be any JSON.
    expect(TRANSFER_EXTENSION).not.toContain('.');
    expect(isTransferFileName(`Báo cáo quý 1.${TRANSFER_EXTENSION}`)).toBe(true);
    expect(isTransferFileName('CHUYEN.BAOCAO')).toBe(true);
    expect(isTransferFileName('chuyen.baocao.json')).toBe(true);
    expect(isTransferFileName('chuyen.json')).toBe(false);
    expect(isTransferFileName('baocao')).toBe(false);
    expect(isTransferFileName('.baocao')).toBe(false);
    expect(isTransferFileName('chuyen.baocao.docx')).toBe(false);
  });
});
