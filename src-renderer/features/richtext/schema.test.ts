/**
 * The editor's schema is the report's and nothing more: every document the conversion writes
 * for the fixture drafts is valid in it, and what the report has no place for is not in it.
 */
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import longReport from '../../../e2e/fixtures/drafts/long-report.json';
import seedQuangNgai from '../../../e2e/fixtures/drafts/seed-quang-ngai.json';
import { ALLOW_ALL, blocksToDoc, docToBlocks, inlinesToDoc, normalizeBlocks } from '@shared/domain/editor-doc';
import { DraftSchema, type Block, type Section } from '@shared/domain/draft-schema';
import { fieldExtensions, type FieldExtensionOptions } from './extensions';

const options = (kind: 'blocks' | 'inline'): FieldExtensionOptions => ({
  kind,
  allow: () => ALLOW_ALL,
  footnoteOffset: 1,
  onUndo: () => {},
  onRedo: () => {},
  onFocusToolbar: () => false,
  onInsertFootnote: () => {},
  onEditFootnote: () => {},
  onPasteReport: () => {},
});

const blockSchema = getSchema(fieldExtensions(options('blocks')));
const inlineSchema = getSchema(fieldExtensions(options('inline')));

const fields = (sections: readonly Section[]): Block[][] => sections.flatMap((s) => [s.blocks, ...fields(s.children)]);

describe('the block field schema', () => {
  it('holds exactly the report’s nodes and marks', () => {
    expect(Object.keys(blockSchema.nodes).sort()).toEqual(
      ['bulletItem', 'doc', 'footnote', 'hardBreak', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'text'].sort(),
    );
    expect(Object.keys(blockSchema.marks).sort()).toEqual(['bold', 'italic', 'underline']);
  });

  it('accepts the document of every fixture field, and reads it back unchanged', () => {
    for (const json of [fullFeature, longReport, seedQuangNgai]) {
      const draft = DraftSchema.parse(json);
      for (const blocks of [draft.opening, ...fields(draft.sections), ...draft.appendices.map((a) => a.blocks)]) {
        const node = blockSchema.nodeFromJSON(blocksToDoc(blocks));
        node.check();
        expect(docToBlocks(node.toJSON())).toEqual(normalizeBlocks(blocks));
      }
    }
  });

  it('refuses a heading, a link, a table inside a cell and an item inside a cell', () => {
    expect(() => blockSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'heading', content: [] }] })).toThrow();
    expect(() => blockSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link' }] }] }] })).toThrow();
    const cellWith = (inner: object) =>
      blockSchema
        .nodeFromJSON({ type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [inner] }] }] }] })
        .check();
    expect(() => cellWith({ type: 'bulletItem', attrs: { marker: '-' } })).toThrow();
    expect(() => cellWith({ type: 'paragraph' })).not.toThrow();
  });
});

describe('the inline field schema', () => {
  it('is one paragraph of text, breaks and footnotes', () => {
    const doc = inlineSchema.nodeFromJSON(inlinesToDoc([{ type: 'text', text: 'Trên đây\nlà' }, { type: 'footnote', content: [{ type: 'text', text: 'x' }] }]));
    doc.check();
    expect(() => inlineSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] }).check()).toThrow();
    expect(inlineSchema.nodes.table).toBeUndefined();
  });
});
