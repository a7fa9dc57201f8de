import { describe, expect, it } from 'vitest';
import { asciiJson } from './durable-json-adapter';
import { emptyIndex, entryFor } from './draft-index';
import { decodeIndex, encodeIndex } from './index-file';
import { sampleDraft } from './test-support';

const stamp = { size: 1234, mtimeMs: 1740000000000.25, ino: 42 };

describe('index.json rows', () => {
  it('round-trip every field, including trash times and folder stamps, through ASCII-only JSON', () => {
    const data = emptyIndex();
    data.drafts['draft-aaa'] = entryFor(sampleDraft('draft-aaa', 'Báo cáo “quý I” năm 2025\n😀'), stamp);
    data.trash['draft-bbb'] = entryFor(sampleDraft('draft-bbb'), stamp, '2025-03-01T00:00:00.000Z');
    data.folders = { drafts: { mtimeMs: 1740000000000.5, count: 1 } };
    const text = asciiJson(JSON.stringify(encodeIndex(data)));
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(decodeIndex(JSON.parse(text))).toEqual(data);
  });

  it.each([
    ['another version', { indexVersion: 1, drafts: {}, trash: {} }],
    ['an object instead of rows', { indexVersion: 2, drafts: { a: {} }, trash: [] }],
    ['a short row', { indexVersion: 2, drafts: [['id', 'title']], trash: [] }],
    ['a wrong type in a row', { indexVersion: 2, drafts: [['draft-aaa', 't', 'a', 'k', 'draft', 'c', 'u', '2025', 1, 2, 3]], trash: [] }],
    ['a bad status', { indexVersion: 2, drafts: [['draft-aaa', 't', 'a', 'k', 'gone', 'c', 'u', 2025, 1, 2, 3]], trash: [] }],
    ['a bad folder stamp', { indexVersion: 2, drafts: [], trash: [], folders: { drafts: { mtimeMs: 'x', count: 1 } } }],
    ['null', null],
  ])('refuses %s (the index is then rebuilt)', (_name, value) => {
    expect(decodeIndex(value)).toBeUndefined();
  });
});
