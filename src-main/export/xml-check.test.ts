import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullFeatureDraft } from './docx/test-drafts';
import { buildParts } from './docx/test-xml';
import { isWellFormedXmlSubset } from './xml-check';

/** saxes, strict, namespaces on: what read-back.ts falls back to. */
function saxesAccepts(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  try {
    parser.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

/** mulberry32, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NS = 'xmlns:w="urn:w" xmlns:r="urn:r"';

describe('isWellFormedXmlSubset', () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = (await buildParts(fullFeatureDraft())).xml;
  });

  it('proves every part docx writes, so exports never need saxes', () => {
    expect(parts.size).toBeGreaterThan(10);
    for (const [name, xml] of parts) expect(isWellFormedXmlSubset(xml), name).toBe(true);
  });

  it.each([
    ['a plain element', '<a/>'],
    ['a declaration and white space around the root', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a>x</a>\n'],
    ['entities, ">" and quotes in text and attributes', `<w:t ${NS} w:v="a &amp; b > c 'q'">1 &lt; 2 &gt; 0 "q" 'a'</w:t>`],
    ['xml:space and a default namespace', '<a xmlns="urn:d" xml:space="preserve"><b/></a>'],
    ['a namespace declared on an inner element', '<a><p:b xmlns:p="urn:p" p:c="1"/></a>'],
    ['Vietnamese and astral characters', '<a t="Báo cáo">Ủy ban nhân dân 𝔸</a>'],
  ])('proves %s', (_what, xml) => {
    expect(saxesAccepts(xml)).toBe(true);
    expect(isWellFormedXmlSubset(xml)).toBe(true);
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a wrong end tag', '<a></b>'],
    ['text after the root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['no root', '<?xml version="1.0"?>'],
    ['an empty document', ''],
    ['a forbidden character', '<a>\u0001</a>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['a bare ampersand', '<a>a & b</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['an attribute given twice', '<a b="1" b="2"/>'],
    ['the same attribute under two prefixes', '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>'],
    ['an unbound element prefix', '<w:a/>'],
    ['an unbound attribute prefix', '<a w:b="1"/>'],
    ['a prefix bound only on a sibling', '<a><p:b xmlns:p="urn:p"/><p:c/></a>'],
    ['attributes without space between them', '<a b="1"c="2"/>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['a declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['xmlns:p=""', '<a xmlns:p=""/>'],
  ])('does not prove %s', (_what, xml) => {
    expect(isWellFormedXmlSubset(xml)).toBe(false);
  });

  it.each([
    ['a comment', '<a><!-- c --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['a character reference', '<a>&#65;</a>'],
    ['a non-ASCII element name', '<bảng/>'],
  ])('leaves %s (well-formed, but outside the subset) to saxes', (_what, xml) => {
    expect(saxesAccepts(xml)).toBe(true);
    expect(isWellFormedXmlSubset(xml)).toBe(false);
  });

  it('takes linear time on hostile input (no regular-expression blow-up)', () => {
    const n = 50_000;
    const hostile = [
      `<a b="${'x&amp;'.repeat(n / 5)}`,
      `<a${' b="1"'.repeat(n / 6)} c`,
      `<a ${'b'.repeat(n)}:${'c'.repeat(n)}`,
      `<a>${'&amp;x'.repeat(n / 5)}&`,
      `<a${' b '.repeat(n / 3)}`,
      `<a b${'='.repeat(n)}`,
      `${'<a>'.repeat(n / 3)}`,
    ];
    const start = performance.now();
    for (const xml of hostile) expect(isWellFormedXmlSubset(xml)).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000); // ~20 ms when linear; minutes when not
  });

  it('never proves what saxes refuses (mutated docx parts)', () => {
    const rand = prng(Number(process.env.XML_CHECK_SEED ?? 30_2020));
    // Small parts, and a slice of document.xml closed off so it is well-formed again.
    const seeds = [...parts.values()].filter((xml) => xml.length < 20_000);
    const pieces = ['<', '>', '/', '"', "'", '=', '&', ';', ':', ' ', '\n', 'a', 'w', 'x', 'm', 'l', 'n', 's', '!', '?', '-', ']', '\u0001', '&amp;', '&#1;', 'xmlns', 'xmlns:w=""', 'xml:', ' w:val="1"', '</w:p>', '<w:p>', 'ư'];
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    let proven = 0;
    let mutants = 0;
    for (let i = 0; i < 6000; i++) {
      let xml = pick(seeds);
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) {
        // Edit near markup most of the time: errors in text are few kinds.
        const markup = [...xml.matchAll(/[<"=:&]/g)];
        const at = rand() < 0.8 && markup.length ? (pick(markup).index ?? 0) + Math.floor(rand() * 6) - 3 : Math.floor(rand() * xml.length);
        const pos = Math.max(0, Math.min(xml.length, at));
        const len = Math.floor(rand() * 4);
        const kind = rand();
        if (kind < 0.35) xml = xml.slice(0, pos) + pick(pieces) + xml.slice(pos);
        else if (kind < 0.65) xml = xml.slice(0, pos) + xml.slice(pos + 1 + len);
        else if (kind < 0.9) xml = xml.slice(0, pos) + pick(pieces) + xml.slice(pos + 1);
        else {
          // Copy a chunk elsewhere (duplicates attributes, tags, declarations).
          const from = Math.floor(rand() * xml.length);
          xml = xml.slice(0, pos) + xml.slice(from, from + 5 + Math.floor(rand() * 40)) + xml.slice(pos);
        }
      }
      mutants++;
      if (isWellFormedXmlSubset(xml)) {
        proven++;
        if (!saxesAccepts(xml)) throw new Error(`proved a document saxes refuses:\n${xml}`);
      }
    }
    // The mutations must leave some documents well-formed, or this test proves little.
    expect(proven).toBeGreaterThan(mutants / 20);
  });
});
