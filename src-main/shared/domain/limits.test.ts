import { describe, expect, it } from 'vitest';
import { DraftSchema, type Section } from './draft-schema';
import { DRAFT_BYTES, formatCount, JSON_DEPTH, LIST_LIMITS, measureJson, nestsDeeperThan, SECTION_DEPTH, TEXT_LIMITS, tooDeepMessage } from './limits';
import { newDraft } from './new-draft';
import { SettingsSchema } from './settings-schema';

const utf8 = (s: string) => new TextEncoder().encode(s).length;
const draft = () => newDraft({ id: 'draft-limits', now: '2025-03-01T08:00:00.000Z' });

/** `[[[…]]]` nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

function chain(depth: number): Section {
  const top: Section = { id: 's1', title: '', blocks: [], children: [] };
  let at = top;
  for (let level = 2; level <= depth; level++) {
    const next: Section = { id: `s${level}`, title: '', blocks: [], children: [] };
    at.children.push(next);
    at = next;
  }
  return top;
}

describe('measureJson', () => {
  it.each([
    ['a draft', draft()],
    ['Vietnamese, emoji and escapes', { a: 'Tiếng Việt có dấu 😀', b: ['x\n"y"\\', 1.5, -0, null, true, false, [], {}], c: { d: [[1, [2, { e: '' }]]] } }],
    ['undefined and functions, which JSON leaves out or turns into null', { a: undefined, b: [undefined, () => 1], c: () => 2 }],
    ['a bare string', 'ỦY BAN NHÂN DÂN'],
    ['control characters, DEL and lone surrogates', { [`k\u0001"`]: `\b\t\n\f\r\u0000\u001f\u007f\ud800x\udc00\u00e9\u0800` }],
  ])('gives the exact size JSON.stringify(value, null, 2) has, for %s', (_label, value) => {
    expect(measureJson(value)).toEqual({ bytes: utf8(JSON.stringify(value, null, 2)), stopped: false });
  });

  it('stops early once past the bound', () => {
    const big = { a: 'x'.repeat(1000), b: 'y'.repeat(1000) };
    expect(measureJson(big, 500)).toMatchObject({ stopped: true });
    expect(measureJson(big, 5000)).toMatchObject({ stopped: false });
  });
});

describe('nesting checks', () => {
  it('finds nesting past the bound in a value nested 1,000,000 deep, without overflowing the stack', () => {
    const deep = nested(1_000_000);
    expect(nestsDeeperThan(deep, JSON_DEPTH.max)).toBe(true);
    expect(tooDeepMessage(deep)).toBe(JSON_DEPTH.message);
    expect(nestsDeeperThan(nested(JSON_DEPTH.max), JSON_DEPTH.max)).toBe(false);
    expect(nestsDeeperThan(nested(JSON_DEPTH.max + 1), JSON_DEPTH.max)).toBe(true);
  });

  it('lets every draft the schema accepts through the raw-value check', () => {
    const d = draft();
    const cell = { paragraphs: [[{ type: 'footnote' as const, content: [{ type: 'text' as const, text: 'x' }] }]] };
    const deepest = chain(SECTION_DEPTH.max);
    let leaf = deepest;
    while (leaf.children[0]) leaf = leaf.children[0];
    leaf.blocks.push({ type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [cell] }] });
    const value = { ...d, appendices: [{ id: 'pl', title: '', blocks: [], sections: [deepest] }] };
    expect(DraftSchema.safeParse(value).success).toBe(true);
    expect(tooDeepMessage(value)).toBeUndefined();
  });
});

describe('the draft schema holds the limits', () => {
  it('refuses sections nested 100,000 deep with the depth message, without overflowing the stack', () => {
    const result = DraftSchema.safeParse({ ...draft(), sections: [chain(100_000)] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(SECTION_DEPTH.message);
  });

  it('accepts exactly the limit of each field it names, and refuses one more', () => {
    const title = (n: number) => DraftSchema.safeParse({ ...draft(), title: 'a'.repeat(n) });
    expect(title(TEXT_LIMITS.title.max).success).toBe(true);
    expect(title(TEXT_LIMITS.title.max + 1).error?.issues[0]).toMatchObject({ path: ['title'], message: '"Trích yếu" dài quá giới hạn 2.000 ký tự' });
    const kinhGui = (n: number) => DraftSchema.safeParse({ ...draft(), kinhGui: Array.from({ length: n }, () => 'Sở') });
    expect(kinhGui(LIST_LIMITS.kinhGui.max).success).toBe(true);
    expect(kinhGui(LIST_LIMITS.kinhGui.max + 1).error?.issues[0]?.message).toBe(LIST_LIMITS.kinhGui.message);
  });

  it('refuses a draft bigger than the whole-draft limit', () => {
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'ế'.repeat(TEXT_LIMITS.run.max) }] };
    // "ế" is 3 bytes in UTF-8: the limit is on bytes as stored, not on characters.
    const count = Math.ceil(DRAFT_BYTES.max / (3 * TEXT_LIMITS.run.max)) + 1;
    const result = DraftSchema.safeParse({ ...draft(), opening: Array.from({ length: count }, () => paragraph) });
    expect(result.error?.issues[0]?.message).toBe(DRAFT_BYTES.message);
  });

  it('limits the settings too', () => {
    const profile = { id: 'p1', parentAgency: '', issuingAgency: 'x'.repeat(TEXT_LIMITS.issuingAgency.max + 1), agencyAbbr: '', place: '' };
    expect(SettingsSchema.safeParse({ profiles: [profile] }).error?.issues[0]?.message).toBe(TEXT_LIMITS.issuingAgency.message);
    expect(SettingsSchema.safeParse({ exportDir: 'x'.repeat(TEXT_LIMITS.folder.max + 1) }).success).toBe(false);
  });
});

describe('formatCount', () => {
  it('separates thousands with dots, the Vietnamese way', () => {
    expect([formatCount(63), formatCount(2000), formatCount(100000), formatCount(1000000)]).toEqual(['63', '2.000', '100.000', '1.000.000']);
  });
});
