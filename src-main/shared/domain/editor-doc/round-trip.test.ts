/**
 * Every block of the fixture drafts survives the editor document unchanged (after
 * normalisation), and the canonical form is a fixed point: normalising twice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import fullFeature from '../../../../e2e/fixtures/drafts/full-feature.json';
import longReport from '../../../../e2e/fixtures/drafts/long-report.json';
import seedQuangNgai from '../../../../e2e/fixtures/drafts/seed-quang-ngai.json';
import seedQuangTri from '../../../../e2e/fixtures/drafts/seed-quang-tri.json';
import { BlockSchema, DraftSchema, InlineSchema, type Block, type Draft, type Section } from '../draft-schema';
import { blocksToDoc, docToBlocks, docToInlines, inlinesToDoc } from './blocks-doc';
import { normalizeBlocks, normalizeInlines } from './normalize';

// Every file of e2e/fixtures/drafts/ (import.meta.glob is not typed in this zone).
const FIXTURES: Record<string, unknown> = {
  'full-feature.json': fullFeature,
  'long-report.json': longReport,
  'seed-quang-ngai.json': seedQuangNgai,
  'seed-quang-tri.json': seedQuangTri,
};

function sectionFields(sections: readonly Section[], path: string): [string, Block[]][] {
  return sections.flatMap((s, i) => [[`${path}[${i}]`, s.blocks] as [string, Block[]], ...sectionFields(s.children, `${path}[${i}].children`)]);
}

/** Every rich-text block field of a draft, named by where it is. */
function blockFields(draft: Draft): [string, Block[]][] {
  return [
    ['opening', draft.opening],
    ...sectionFields(draft.sections, 'sections'),
    ...draft.appendices.flatMap((a, i) => [[`appendices[${i}]`, a.blocks] as [string, Block[]], ...sectionFields(a.sections, `appendices[${i}].sections`)]),
  ];
}

const drafts = Object.entries(FIXTURES).map(([name, json]) => [name, DraftSchema.parse(json)] as const);

describe.each(drafts)('round trip of %s', (_name, draft) => {
  const fields = blockFields(draft);

  it('has content to test', () => {
    expect(fields.flatMap(([, blocks]) => blocks).length).toBeGreaterThan(0);
  });

  it.each(fields)('field %s: docToBlocks(blocksToDoc(b)) equals normalised b', (_field, blocks) => {
    const expected = normalizeBlocks(blocks);
    expect(docToBlocks(blocksToDoc(blocks))).toEqual(expected);
    // Block by block too, so one block never hides behind its neighbours.
    for (const block of blocks) expect(docToBlocks(blocksToDoc([block]))).toEqual(normalizeBlocks([block]));
    expect(normalizeBlocks(expected)).toEqual(expected);
    for (const block of expected) expect(BlockSchema.safeParse(block).success).toBe(true);
  });

  it('closing round-trips as inline content', () => {
    const expected = normalizeInlines(draft.closing);
    expect(docToInlines(inlinesToDoc(draft.closing))).toEqual(expected);
    for (const run of expected) expect(InlineSchema.safeParse(run).success).toBe(true);
  });
});

describe('normalisation of the fixtures', () => {
  it('changes only what the canonical form requires: empty runs, no words', () => {
    for (const [, draft] of drafts) {
      for (const [, blocks] of blockFields(draft)) {
        const text = (bs: readonly Block[]) => JSON.stringify(bs.map((b) => (b.type === 'table' ? b.rows : b.content))).replace(/"bold":true|"italic":true|"underline":true/g, '');
        const words = (s: string) => [...s.matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]).join('');
        expect(words(text(normalizeBlocks(blocks)))).toBe(words(text(blocks)));
      }
    }
  });

  it('keeps tables, footnotes and both item markers of the fixtures', () => {
    const all = drafts.flatMap(([, d]) => blockFields(d).flatMap(([, b]) => docToBlocks(blocksToDoc(b))));
    expect(all.filter((b) => b.type === 'table').length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(all)).toContain('"type":"footnote"');
    expect(all.some((b) => b.type === 'bullet' && b.marker === '+')).toBe(true);
    expect(all.some((b) => b.type === 'table' && b.headerRows === 2 && b.rows[0]?.cells.some((c) => c.colSpan === 3))).toBe(true);
  });
});
