/**
 * The file's own title (docProps/core.xml dc:title) is a hint for the importer, never a source:
 * it may tell which plain lines under "BÁO CÁO" are the trích yếu when their formatting does
 * not, but the title imported is always the text the page shows, and a title in the properties
 * that the page does not show (a stale one, left from a template) changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../export/docx/build-docx';
import { packDocx } from '../../export/pack-docx';
import { unzipFiles, zipFiles } from '../../export/zip';
import { DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { defaultSettings } from '../../shared/domain/settings-schema';
import { importDocxBytes } from './import-docx';

const NOW = '2025-03-01T00:00:00.000Z';
const source: Draft = DraftSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../../e2e/fixtures/drafts/seed-quang-tri.json'), 'utf8')));
const ONE_LINE = source.title.replace(/\n/gu, ' ');

/** The package with each named part's text changed. */
function edited(bytes: Uint8Array, changes: Record<string, (text: string) => string>): Uint8Array {
  const files = unzipFiles(bytes);
  for (const [part, change] of Object.entries(changes)) {
    files.set(part, new TextEncoder().encode(change(new TextDecoder().decode(files.get(part)))));
  }
  return zipFiles(files);
}

/** core.xml with `title` as dc:title. */
const withTitle = (title: string) => (xml: string) => xml.replace(/<dc:title>[^<]*<\/dc:title>/u, `<dc:title>${title}</dc:title>`);

/** document.xml with the trích yếu's paragraph neither bold nor centred, as in many agency files. */
function plainTitle(xml: string): string {
  const at = xml.indexOf(source.title.split('\n')[0] ?? '');
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at);
  const paragraph = xml.slice(start, end).replace('<w:jc w:val="center"/>', '').replaceAll('<w:b/><w:bCs/>', '');
  return xml.slice(0, start) + paragraph + xml.slice(end);
}

const exported = async () => packDocx(buildDocx(source, defaultSettings().layout).document);

describe('the title in the file’s properties', () => {
  it('is the trích yếu in the app’s own export, and the import reads the same title from the page', async () => {
    const bytes = await exported();
    expect(new TextDecoder().decode(unzipFiles(bytes).get('docProps/core.xml'))).toContain(`<dc:title>${ONE_LINE}</dc:title>`);
    expect((await importDocxBytes(bytes, { now: NOW })).draft.title).toBe(source.title);
  });

  it('never wins over the page: a stale title in the properties leaves the printed one', async () => {
    const bytes = edited(await exported(), { 'docProps/core.xml': withTitle('Báo cáo tổng kết công tác năm 2019 của Sở Nội vụ') });
    const { draft } = await importDocxBytes(bytes, { now: NOW });
    expect(draft.title).toBe(source.title);
    expect(JSON.stringify(draft)).not.toContain('2019 của Sở Nội vụ');
  });

  it('tells which plain lines under “BÁO CÁO” are the trích yếu, their text taken from the page', async () => {
    const plain = edited(await exported(), { 'word/document.xml': plainTitle, 'docProps/core.xml': withTitle('Báo cáo mẫu của văn phòng') });
    // Without a matching hint, plain lines are body text (the formatting tells nothing).
    const without = await importDocxBytes(plain, { now: NOW });
    expect(without.draft.title).toBe('');

    // The hint in capitals and without its line break still picks the same two printed lines.
    const hinted = edited(plain, { 'docProps/core.xml': withTitle(ONE_LINE.toUpperCase()) });
    const { draft } = await importDocxBytes(hinted, { now: NOW });
    expect(draft.title).toBe(source.title);
    expect(draft.opening).toEqual(source.opening);
  });

  it('is ignored when the properties part is damaged, and the import goes on', async () => {
    const bytes = edited(await exported(), { 'docProps/core.xml': () => '<cp:coreProperties><dc:title>' });
    expect((await importDocxBytes(bytes, { now: NOW })).draft.title).toBe(source.title);
  });
});
