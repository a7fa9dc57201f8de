import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_PREFIXES,
  DraftSchema,
  type Block,
  type Draft,
  type Inline,
  type Section,
  type TableBlock,
} from '../../src-main/shared/domain/draft-schema';
import { inlineText, withEndMark } from '../../src-main/shared/domain/inline-text';
import { numberSections } from '../../src-main/shared/domain/outline';
import {
  draftFootnotes,
  draftInlines,
  draftPlainText,
  findInOrder,
  readSeed,
  seedFootnotes,
  seedSentences,
  splitSentences,
} from './seed-text';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const raw = (name: string): unknown => JSON.parse(readFileSync(resolve(fixtures, 'drafts', `${name}.json`), 'utf8'));
const load = (name: string): Draft => DraftSchema.parse(raw(name));

const walk = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...walk(s.children)]);
const allBlocks = (d: Draft): Block[] => [
  ...d.opening,
  ...walk(d.sections).flatMap((s) => s.blocks),
  ...d.appendices.flatMap((a) => [...a.blocks, ...walk(a.sections).flatMap((s) => s.blocks)]),
];
const runs = (d: Draft): Inline[] => draftInlines(d).flat();
const tables = (blocks: readonly Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.type === 'table');

/** Every piece of text a draft stores, in reading order, excluding what the exporter generates. */
function storedTexts(d: Draft): string[] {
  const blockUnits = (b: Block): string[] =>
    b.type === 'table' ? [] : [inlineText(b.content)];
  return [
    ...d.title.split('\n'),
    ...d.opening.flatMap(blockUnits),
    ...walk(d.sections).flatMap((s) => [s.title, ...s.blocks.flatMap(blockUnits)]),
    inlineText(d.closing),
    ...d.noiNhan.recipients,
    ...d.signer.authority.map((line) => line.title),
    d.signer.title,
    d.signer.name,
    ...draftFootnotes(d),
  ].filter(Boolean);
}

const SEEDS = [
  {
    name: 'seed-quang-tri',
    file: '000_67239b332446cd8f.txt',
    parentAgency: 'UBND TỈNH QUẢNG TRỊ',
    issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    agencyAbbr: 'STTTT',
    place: 'Quảng Trị',
    outlineStart: 'arabic',
    labels: ['1.', '2.', '3.', '4.', '5.'],
    archive: 'TTBCXB',
    signer: { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
  },
  {
    name: 'seed-quang-ngai',
    file: '002_7ab64403b64665fc.txt',
    parentAgency: 'UBND TỈNH QUẢNG NGÃI',
    issuingAgency: 'BAN DÂN TỘC',
    agencyAbbr: 'BDT',
    place: 'Quảng Ngãi',
    outlineStart: 'roman',
    labels: ['I.', 'II.', '1.', '2.', '3.', '4.', '3.', 'III.'],
    archive: 'VP(yen182)',
    signer: { authority: [], title: 'TRƯỞNG BAN', name: 'Hồ Ngọc Thịnh' },
  },
] as const;

describe.each(SEEDS)('fixture $name', (seed) => {
  const seedFile = resolve(fixtures, 'seeds', seed.file);
  const draft = load(seed.name);

  it('parses with DraftSchema with every default already written out, in NFC', () => {
    expect(draft).toEqual(raw(seed.name));
    const json = readFileSync(resolve(fixtures, 'drafts', `${seed.name}.json`), 'utf8');
    expect(json.normalize('NFC')).toBe(json);
  });

  it('keeps the header, date and signer of the original', () => {
    expect(draft.meta.id).toBe(seed.name);
    expect(draft.header).toEqual({
      parentAgency: seed.parentAgency,
      issuingAgency: seed.issuingAgency,
      number: '',
      typeAbbr: 'BC',
      agencyAbbr: seed.agencyAbbr,
      extraGroup: '',
      place: seed.place,
      date: { day: null, month: 11, year: 2023 },
    });
    expect(draft.signer).toEqual(seed.signer);
    expect(draft.noiNhan.archive).toBe(seed.archive);
    expect(draft.outlineStart).toBe(seed.outlineStart);
  });

  it('holds every seed sentence, in order, in its plain text', () => {
    const sentences = seedSentences(seedFile);
    expect(sentences.length).toBeGreaterThan(40);
    expect(findInOrder(draftPlainText(draft), sentences).missing).toEqual([]);
  });

  it('invents nothing: every stored text is in the seed, in order and in the same case', () => {
    const { lines, footnotes } = readSeed(seedFile);
    const seedText = [...lines, ...footnotes].join('\n');
    expect(findInOrder(seedText, storedTexts(draft), { ignoreCase: false }).missing).toEqual([]);
  });

  it('prints the heading numbers of the original', () => {
    const printed = readSeed(seedFile).lines.flatMap((l) => /^(?:[IVX]+|\d+)\.(?= )/u.exec(l) ?? []);
    expect(printed).toEqual([...seed.labels]);
    expect(numberSections(draft.sections, draft.outlineStart).map((n) => n.label)).toEqual(printed);
  });

  it('stores the closing without its end mark; the end mark gives back the original line', () => {
    const text = inlineText(draft.closing);
    expect(text).not.toMatch(/[./]$/u);
    expect(readSeed(seedFile).lines).toContain(withEndMark(text));
  });

  it('has no markdown or HTML left in its text', () => {
    const texts = [...storedTexts(draft), ...runs(draft).map((r) => (r.type === 'text' ? r.text : ''))];
    for (const text of texts) expect(text).not.toMatch(/[<>*#]|^[-+] /u);
  });
});

describe('seed-quang-tri specifics', () => {
  const draft = load('seed-quang-tri');

  it('breaks the title where the original does', () => {
    expect(draft.title).toBe('Công tác tuyên truyền cải cách hành chính năm 2023\ncủa Sở Thông tin và Truyền thông');
  });

  it('keeps the italic run and the typographic quotes', () => {
    const section = draft.sections[1];
    const first = section?.blocks[0];
    expect(first?.type).toBe('paragraph');
    expect(first?.type === 'paragraph' ? first.content : []).toEqual([
      { type: 'text', text: 'Số lượng tin bài đăng tải trên Trang thông tin điện tử của Sở tại mục “' },
      { type: 'text', text: 'Tin tức - Sự kiện', italic: true },
      { type: 'text', text: '” trong năm 2023, gồm:' },
    ]);
  });

  it('uses "-" and "+" bullets as printed', () => {
    const markers = walk(draft.sections).map((s) => s.blocks.flatMap((b) => (b.type === 'bullet' ? [b.marker] : [])).join(''));
    expect(markers).toEqual(['---', '++++', '', '', '---']);
    expect(draft.noiNhan.recipients).toEqual(['Sở Nội vụ', 'Ban Giám đốc Sở', 'Các Phòng chuyên môn', 'Trung tâm CNTT-TT']);
  });
});

describe('seed-quang-ngai specifics', () => {
  const seedFile = resolve(fixtures, 'seeds', '002_7ab64403b64665fc.txt');
  const draft = load('seed-quang-ngai');

  it('turns <sup>1</sup> and <sup>2</sup> into real footnotes at the point of the mark', () => {
    const notes = seedFootnotes(seedFile);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe('https://bandantoc.quangngai.gov.vn/web/ban-dan-toc-tinh/cai-cach-hanh-chinh');
    expect(notes[1]).toMatch(/^Quyết định số 625\/QĐ-BDT .* Cổng thông tin điện tử tỉnh Quảng Ngãi$/u);
    expect(draftFootnotes(draft)).toEqual(notes);

    const third = draft.sections[1]?.children[2];
    expect(third?.title).toBe('Tuyên truyền thông qua chuyên trang, chuyên mục, chương trình phát thanh, truyền hình');
    const shapes = third?.blocks.map((b) => (b.type === 'table' ? [] : b.content.map((r) => r.type)));
    expect(shapes).toEqual([
      ['text', 'footnote', 'text'],
      ['text', 'footnote', 'text'],
    ]);
    for (const block of third?.blocks ?? []) {
      expect(block.type === 'bullet' && inlineText(block.content)).toMatch(/[^\d]\.$/u);
    }
  });

  it('does not keep the footnote texts as body paragraphs', () => {
    const body = allBlocks(draft).map((b) => (b.type === 'table' ? '' : inlineText(b.content)));
    for (const note of seedFootnotes(seedFile)) expect(body.some((t) => t.includes(note))).toBe(false);
  });

  it('writes the Zalo address as plain text', () => {
    const text = draftPlainText(draft);
    expect(text).toContain('tại địa chỉ: https://zalo.me/320676305738257219 để tuyên truyền');
  });

  it('keeps "3. Đánh giá chung" under II with its printed number', () => {
    const second = draft.sections[1];
    expect(second?.children.map((c) => c.numberOverride)).toEqual([undefined, undefined, undefined, undefined, '3']);
    expect(second?.children[4]?.title).toBe('Đánh giá chung');
  });

  it('continues section III with the bullets printed after the footnote texts', () => {
    const third = draft.sections[2];
    expect(third?.title).toBe('Một số nhiệm vụ trọng tâm trong năm 2024');
    expect(third?.blocks.map((b) => (b.type === 'bullet' ? b.marker : b.type))).toEqual([
      'paragraph', '-', '-', '-', '-', '-', '-', '-', '-', '-',
    ]);
  });
});

describe('fixture full-feature', () => {
  const draft = load('full-feature');
  const flat = runs(draft);

  it('parses with DraftSchema with every default already written out', () => {
    expect(draft).toEqual(raw('full-feature'));
  });

  it('has a multi-line header, a filled number and day, and all the marks', () => {
    expect(draft.header.parentAgency.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(draft.header.issuingAgency.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(draft.header.number).toBe('7');
    expect(draft.header.date).toEqual({ day: 5, month: 1, year: 2024 });
    expect(draft.marks).toMatchObject({ urgency: 'KHẨN', secrecy: 'MẬT', circulation: 'LƯU HÀNH NỘI BỘ' });
    expect(draft.marks.addressLine).not.toBe('');
    expect(draft.drafter).toEqual({ code: 'PL', copies: 300 });
    expect(draft.signer).toMatchObject({ authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH' });
    expect(draft.title).toContain('\n');
  });

  it('sends to three recipients and formats the opening', () => {
    expect(draft.kinhGui).toHaveLength(3);
    const opening = draft.opening.flatMap((b) => (b.type === 'table' ? [] : b.content));
    for (const flag of ['bold', 'italic', 'underline'] as const) {
      expect(opening.some((r) => r.type === 'text' && r[flag])).toBe(true);
    }
  });

  it('nests sections three deep with "-" and "+" bullets', () => {
    const kinds = new Set(numberSections(draft.sections, draft.outlineStart).map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['arabic', 'letter', 'roman']);
    const markers = new Set(walk(draft.sections).flatMap((s) => s.blocks.flatMap((b) => (b.type === 'bullet' ? [b.marker] : []))));
    expect([...markers].sort()).toEqual(['+', '-']);
  });

  it('has two body tables and one appendix table, each consistent with its column widths', () => {
    const body = tables(walk(draft.sections).flatMap((s) => s.blocks));
    expect(body).toHaveLength(2);
    for (const table of tables(allBlocks(draft))) {
      expect(table.headerRows).toBeGreaterThanOrEqual(1);
      for (const row of table.rows) {
        expect(row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)).toBe(table.columnWidths.length);
      }
    }
  });

  it('has at least three footnotes, all printed in the plain text', () => {
    const notes = draftFootnotes(draft);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(findInOrder(draftPlainText(draft), notes).missing).toEqual([]);
    expect(flat.filter((r) => r.type === 'footnote')).toHaveLength(notes.length);
  });

  it('has two titled appendices, one with a table', () => {
    expect(draft.appendices).toHaveLength(2);
    for (const a of draft.appendices) {
      expect(a.title).not.toBe('');
      expect(a.blocks.length).toBeGreaterThan(0);
    }
    expect(draft.appendices.filter((a) => tables(a.blocks).length > 0)).toHaveLength(1);
  });

  it('reads in order: title, Kính gửi, labels I. 1. a), closing, signer, appendices, footnotes', () => {
    const text = draftPlainText(draft);
    const needles = [
      ...draft.title.split('\n'),
      'Kính gửi:',
      ...draft.kinhGui,
      'I. Kết quả thực hiện',
      '1. Công tác chỉ đạo, điều hành',
      'a) Ban hành văn bản',
      'b) Kiểm tra, tự kiểm tra',
      'của Ủy ban nhân dân xã Tân Hòa Đông./.',
      '- Lưu: VT, VP(02).',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phụ lục I',
      'Phụ lục II',
      '1 Kế hoạch số 12/KH-UBND',
    ];
    expect(findInOrder(text, needles, { ignoreCase: false }).missing).toEqual([]);
  });

  it.each(AUTHORITY_PREFIXES)('still parses and prints with signer prefix "%s"', (prefix) => {
    const variant = DraftSchema.parse({ ...draft, signer: { ...draft.signer, authority: [{ prefix, title: 'ỦY BAN NHÂN DÂN' }] } });
    expect(draftPlainText(variant).split('\n')).toContain(`${prefix} ỦY BAN NHÂN DÂN`);
  });

  it('prints both authority lines of a two-prefix block, then the signer title, in order', () => {
    const signer = { authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { prefix: 'KT.', title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' };
    const text = draftPlainText(DraftSchema.parse({ ...draft, signer }));
    expect(findInOrder(text, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Bình'], { ignoreCase: false }).missing).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits sentences on ". ", "; " and ": " and drops list markers', () => {
    expect(splitSentences('- Một. Hai; ba: bốn  năm.')).toEqual(['Một.', 'Hai;', 'ba:', 'bốn năm.']);
  });

  it('finds needles in order, case-insensitively, with whitespace collapsed and NFC', () => {
    const nfd = 'Nguyễn Hoàn'.normalize('NFD');
    expect(findInOrder('I. KẾT QUẢ  THỰC\nHIỆN … Nguyễn Hoàn', ['kết quả thực hiện', nfd]).missing).toEqual([]);
    expect(findInOrder('b a', ['a', 'b']).missing).toEqual(['b']);
    expect(findInOrder('A', ['a'], { ignoreCase: false }).missing).toEqual(['a']);
  });
});
