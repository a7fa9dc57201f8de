/**
 * The drafts the preview's worker is sent: rebuilt exactly from a delta against its own copy of
 * the draft before, whatever the edit; a keystroke sends its paragraph and nothing else; moved
 * sections travel as references; and a delta that does not fit the copy is refused.
 */
import { describe, expect, it } from 'vitest';
import longReport from '../../../e2e/fixtures/drafts/long-report.json';
import { updateAt } from '@shared/domain/checks/draft-edit';
import { DraftSchema, type Block, type Draft } from '@shared/domain/draft-schema';
import { applyDelta, encodeDelta, type Delta } from './draft-delta';

const draft = (): Draft => DraftSchema.parse(longReport);

/** What the worker holds: its own copy, sharing nothing with the editor's objects. */
const copy = <T>(value: T): T => structuredClone(value);

/** Types `text` at the end of the first run of block `b` of khoản `c` of mục `s`, as the store does (copies along the path). */
function typeAt(d: Draft, s: number, c: number, b: number, text: string): Draft {
  return updateAt(d, ['sections', s, 'children', c, 'blocks', b, 'content', 0, 'text'], (value) => `${String(value)}${text}`);
}

const EDITS: [string, (d: Draft) => Draft][] = [
  ['a keystroke', (d) => typeAt(d, 0, 0, 0, 'a')],
  ['the title', (d) => ({ ...d, title: `${d.title} (sửa)` })],
  ['sections moved', (d) => updateAt(d, ['sections', 0, 'children'], (list) => [...(list as unknown[])].reverse())],
  ['a block added', (d) => updateAt(d, ['sections', 1, 'children', 0, 'blocks'], (list) => [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mới.' }] } satisfies Block, ...(list as Block[])])],
  ['a block removed', (d) => updateAt(d, ['sections', 0, 'children', 1, 'blocks'], (list) => (list as Block[]).slice(1))],
  ['an appendix removed', (d) => ({ ...d, appendices: d.appendices.slice(1) })],
  ['a number typed over', (d) => updateAt(d, ['sections', 0], (s) => ({ ...(s as object), numberOverride: '1.1.' }))],
  ['a key left undefined', (d) => updateAt(d, ['sections', 1], (s) => ({ ...(s as object), numberOverride: undefined, numbered: false }))],
];

describe('encodeDelta / applyDelta', () => {
  it.each(EDITS)('rebuilds the edited draft from the copy of the one before: %s', (_name, edit) => {
    const before = draft();
    const after = edit(before);
    expect(after).not.toEqual(before);
    const rebuilt = applyDelta(copy(before), copy(encodeDelta(before, after)));
    expect(rebuilt).toStrictEqual(after);
    expect(Object.keys(rebuilt as object)).toEqual(Object.keys(after));
  });

  it('rebuilds a run of edits, each against the draft rebuilt before', () => {
    let sent: Draft = draft();
    let held: unknown = applyDelta(undefined, copy(encodeDelta(undefined, sent)));
    for (const [, edit] of [...EDITS, ...EDITS]) {
      const next = edit(sent);
      held = applyDelta(held, copy(encodeDelta(sent, next)));
      expect(held).toStrictEqual(next);
      sent = next;
    }
  });

  it('sends a keystroke as its paragraph, not the report', () => {
    const before = draft();
    const after = typeAt(before, 0, 0, 0, 'x');
    const sent = JSON.stringify(encodeDelta(before, after));
    const report = JSON.stringify(before);
    expect(sent.length).toBeLessThan(report.length / 20);
    // Another paragraph's text, the signer and an appendix title are not in it.
    const other = after.sections[0]?.children[0]?.blocks[1];
    const otherText = other?.type === 'paragraph' ? (other.content[0] as { text: string }).text : '';
    expect(otherText.length).toBeGreaterThan(20);
    expect(sent).not.toContain(otherText.slice(0, 20));
    expect(sent).not.toContain(JSON.stringify(before.signer.name).slice(1, -1));
    expect(sent).not.toContain(before.appendices[0]?.title.slice(0, 20));
  });

  it('sends moved sections as references to the ones the worker holds', () => {
    const before = draft();
    const after = updateAt(before, ['sections', 0, 'children'], (list) => [...(list as unknown[])].reverse());
    const sent = JSON.stringify(encodeDelta(before, after));
    expect(sent).toContain('"k":"ref"');
    expect(sent.length).toBeLessThan(1000);
  });

  it('sends nothing but "same" for the same draft', () => {
    const d = draft();
    expect(encodeDelta(d, d)).toEqual({ k: 'same' });
  });

  it('keeps a "__proto__" key a plain key', () => {
    const next = JSON.parse('{"a":1,"__proto__":{"polluted":true}}') as unknown;
    const rebuilt = applyDelta({ a: 0 }, copy(encodeDelta({ a: 0 }, next))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(Object.hasOwn(rebuilt, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a reference to an item the copy does not have', () => {
    const delta: Delta = { k: 'array', items: [{ k: 'ref', i: 3 }] };
    expect(() => applyDelta([1], delta)).toThrow(/no item 3/);
  });
});
