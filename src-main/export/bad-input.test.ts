import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../shared/domain/draft-schema';
import { exportFileName, isReservedWindowsName } from '../shared/domain/file-name';
import { defaultSettings } from '../shared/domain/settings-schema';
import { minimalDraft } from './docx/test-drafts';
import { all, buildParts, paragraphWith, parseXml, textOf, type XmlNode } from './docx/test-xml';
import { exportDocxFile } from './write-docx';

/** Every character XML 1.0 forbids, each once. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
  '\uFFFE',
  '\uFFFF',
  // Low before high: in the other order the two would join into one valid supplementary character.
  '\uDFFF',
  '\uD800',
];

describe('forbidden characters', () => {
  it('are removed from every field, counted, and the package stays well-formed', async () => {
    const bad = FORBIDDEN.join('');
    const draft = minimalDraft({
      title: `Tiêu đề${bad}`,
      kinhGui: [`Bộ Nội vụ${bad}`],
      opening: [{ type: 'paragraph', content: [{ type: 'text', text: `Mở đầu${bad}` }, { type: 'footnote', content: [{ type: 'text', text: `Chú thích${bad}` }] }] }],
      noiNhan: { recipients: [`Sở${bad}`], archive: `VP${bad}` },
    });
    draft.header.issuingAgency = `SỞ${bad}`;
    draft.signer = { ...draft.signer, name: `Nguyễn${bad}` };
    const { removedCharacters, xml } = await buildParts(draft); // buildParts verifies every part with saxes
    expect(removedCharacters).toBe(FORBIDDEN.length * 8);
    for (const [name, text] of xml) {
      expect(() => parseXml(text)).not.toThrow();
      // eslint-disable-next-line no-control-regex -- asserting that no forbidden character is left
      expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }
    const doc = parseXml(xml.get('word/document.xml') ?? '');
    expect(paragraphWith(doc, 'Tiêu đề')).toBeDefined();
    expect(textOf(doc)).toContain('SỞ');
    expect(xml.get('word/footnotes.xml')).toContain('Chú thích');
  });

  it('counts a field printed twice (the agency in appendices) once', async () => {
    const draft = minimalDraft({ appendices: [{ id: 'a', title: 'PL', orientation: 'portrait', blocks: [], sections: [] }, { id: 'b', title: 'PL2', orientation: 'portrait', blocks: [], sections: [] }] });
    draft.header.issuingAgency = 'SỞ\u0007 NỘI VỤ';
    expect((await buildParts(draft)).removedCharacters).toBe(1);
  });
});

describe('text normalisation', () => {
  it('writes NFD input as NFC', async () => {
    const nfd = 'Kết quả công tác tuyên truyền'.normalize('NFD');
    const draft = minimalDraft({ title: nfd, opening: [{ type: 'paragraph', content: [{ type: 'text', text: `${nfd} ở cơ sở.`.normalize('NFD') }] }] });
    const { xml } = await buildParts(draft);
    const document = xml.get('word/document.xml') ?? '';
    expect(document.normalize('NFC')).toBe(document);
    expect(document).toContain('Kết quả công tác tuyên truyền ở cơ sở.');
  });

  it('turns CRLF, CR and U+2028 into line breaks', async () => {
    const draft = minimalDraft({ opening: [{ type: 'paragraph', content: [{ type: 'text', text: 'một\r\nhai\rba\u2028bốn' }] }] });
    const { doc } = await buildParts(draft);
    const p = paragraphWith(doc, 'một') as XmlNode;
    expect(all(p, 'w:br')).toHaveLength(3);
    expect(textOf(p)).toBe('một\nhai\nba\nbốn');
  });
});

describe('size', () => {
  it('exports a 1 MB paragraph', async () => {
    const sentence = 'Cải cách hành chính là nhiệm vụ trọng tâm của cả hệ thống chính trị. ';
    const text = sentence.repeat(Math.ceil(1_048_576 / sentence.length));
    const draft: Draft = minimalDraft({ opening: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const started = performance.now();
    const { doc, bytes } = await buildParts(draft);
    const elapsed = performance.now() - started;
    const p = paragraphWith(doc, 'Cải cách hành chính là') as XmlNode;
    expect(textOf(p).length).toBe(text.length);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe('file names', () => {
  it.each(['CON', 'com1.txt', 'NUL', 'LPT¹', 'aux.', 'a<b>:c"d/e\\f|g?h*i'])('a title "%s" gives a safe name that can be written', async (title) => {
    const draft = minimalDraft({ title });
    draft.header.agencyAbbr = '';
    draft.header.typeAbbr = '';
    const name = exportFileName(draft);
    expect(isReservedWindowsName(name)).toBe(false);
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name.endsWith('.docx')).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'baocao-names-'));
    try {
      const { path } = await exportDocxFile(draft, defaultSettings().layout, join(dir, name), { overwrite: false });
      expect(await readdir(dir)).toEqual([name]);
      expect(path).toBe(join(dir, name));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
