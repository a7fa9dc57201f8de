import { describe, expect, it } from 'vitest';
import { readNumbering } from './numbering';
import { parseXml } from './xml-tree';

const numbering = (body: string) =>
  readNumbering(parseXml(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:numbering>`, 'numbering.xml'));
const lvl = (i: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const OUTLINE = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>`;

describe('readNumbering: the labels Word prints', () => {
  it('counts each level, and a higher level restarts the lower ones', () => {
    const n = numbering(`${OUTLINE}<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>`);
    const labels = [0, 1, 2, 2, 1, 0, 1].map((level) => n.next('5', level)?.label);
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', '2.', 'II.', '1.']);
  });

  it('continues one count across instances of the same definition, and restarts at a startOverride', () => {
    const n = numbering(`${OUTLINE}<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`);
    expect([n.next('1', 1), n.next('2', 1), n.next('2', 1), n.next('3', 1)].map((x) => x?.label)).toEqual(['1.', '2.', '3.', '1.']);
  });

  it('prints multi-level labels, legal numbering, leading zeros, and Symbol-font bullets', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="3">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="4">${lvl(0, 'decimalZero', '%1.')}${lvl(1, 'bullet', '\uF02D')}${lvl(2, 'bullet', '')}</w:abstractNum>` +
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>',
    );
    expect([n.next('2', 0), n.next('2', 1), n.next('2', 1)].map((x) => x?.label)).toEqual(['1.', '1.1.', '1.2.']);
    expect([n.next('3', 0), n.next('3', 0), n.next('3', 1)].map((x) => x?.label)).toEqual(['I.', 'II.', '2.1']);
    expect(n.next('4', 0)?.label).toBe('01.');
    expect(n.next('4', 1)).toEqual({ label: '-', bullet: true, level: 1, format: 'bullet' });
    // A level that prints nothing numbers nothing (pandoc's continuation paragraphs).
    expect(n.next('4', 2)).toBeNull();
    expect(n.next('0', 0)).toBeNull();
    expect(n.next('99', 0)).toBeNull();
  });
});
