import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/domain/new-draft';
import type { Draft, Section } from '@shared/domain/draft-schema';
import { initialEditorState, type EditorState } from './editor-state';
import { COALESCE_MS, editorReducer, HISTORY_LIMIT, MAX_GROUP_MS, type EditorAction } from './reducer';
import { indentSection, moveSectionBy, removeSection } from './section-ops';

const s = (id: string, children: Section[] = []): Section => ({ id, title: id.toUpperCase(), blocks: [], children });

function start(sections: Section[] = [s('a'), s('b', [s('b1')]), s('c')]): EditorState {
  const draft: Draft = { ...newDraft({ id: 'draft-store', now: '2025-03-01T08:00:00.000Z' }), sections };
  return initialEditorState(draft);
}

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const sectionsEdit = (edit: (list: Section[]) => Section[], at = 0, focus?: string): EditorAction => ({
  type: 'edit',
  edit: (d) => {
    const sections = edit(d.sections);
    return sections === d.sections ? d : { ...d, sections };
  },
  at,
  ...(focus ? { focus } : {}),
});
const typeTitle = (text: string, at: number): EditorAction => ({ type: 'edit', edit: (d) => ({ ...d, title: text }), at, group: 'title' });
const ids = (list: readonly Section[]): unknown => list.map((x) => (x.children.length ? [x.id, ids(x.children)] : x.id));

describe('editorReducer: undo and redo of structural edits', () => {
  it('undoes and redoes a section delete, and goes back to where it was made', () => {
    const before = start();
    const deleted = run(before, { type: 'setStep', step: 'content' }, sectionsEdit((l) => removeSection(l, 'b'), 0, 'sections.1.title'));
    expect(ids(deleted.draft.sections)).toEqual(['a', 'c']);
    const elsewhere = run(deleted, { type: 'setStep', step: 'signer' });
    const undone = run(elsewhere, { type: 'undo' });
    expect(ids(undone.draft.sections)).toEqual(['a', ['b', ['b1']], 'c']);
    // The restored section is the very object that was deleted: nothing was rebuilt or lost.
    expect(undone.draft.sections[1]).toBe(before.draft.sections[1]);
    expect(undone.step).toBe('content');
    expect(undone.focusRequest?.key).toBe('sections.1.title');
    const redone = run(undone, { type: 'redo' });
    expect(ids(redone.draft.sections)).toEqual(['a', 'c']);
  });

  it('undoes a reorder and an indent, one step each, in reverse order', () => {
    const moved = run(start(), sectionsEdit((l) => moveSectionBy(l, 'c', -1)), sectionsEdit((l) => indentSection(l, 'c')));
    expect(ids(moved.draft.sections)).toEqual([['a', ['c']], ['b', ['b1']]]);
    const once = run(moved, { type: 'undo' });
    expect(ids(once.draft.sections)).toEqual(['a', 'c', ['b', ['b1']]]);
    const twice = run(once, { type: 'undo' });
    expect(ids(twice.draft.sections)).toEqual(['a', ['b', ['b1']], 'c']);
    expect(twice.past).toHaveLength(0);
    expect(run(twice, { type: 'undo' })).toBe(twice);
  });

  it('undoes deleting an item of a list (a block of a section)', () => {
    const withBlocks = start([{ ...s('a'), blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một.' }] }, { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Hai;' }] }] }]);
    const removed = run(withBlocks, sectionsEdit((l) => l.map((x) => ({ ...x, blocks: x.blocks.slice(0, 1) }))));
    expect(removed.draft.sections[0]?.blocks).toHaveLength(1);
    expect(run(removed, { type: 'undo' }).draft.sections[0]?.blocks).toHaveLength(2);
  });

  it('a new edit after an undo drops the redo', () => {
    const state = run(start(), sectionsEdit((l) => removeSection(l, 'a')), { type: 'undo' }, sectionsEdit((l) => removeSection(l, 'c')));
    expect(state.future).toHaveLength(0);
    expect(run(state, { type: 'redo' })).toBe(state);
  });

  it('an edit that changes nothing adds no undo step', () => {
    const state = start();
    expect(run(state, sectionsEdit((l) => removeSection(l, 'missing')))).toBe(state);
  });
});

describe('editorReducer: typing', () => {
  it('groups keystrokes of one field that come close together into one undo step', () => {
    const typed = run(start(), typeTitle('K', 0), typeTitle('Kế', 300), typeTitle('Kết', 300 + COALESCE_MS - 1));
    expect(typed.draft.title).toBe('Kết');
    expect(typed.past).toHaveLength(1);
    expect(run(typed, { type: 'undo' }).draft.title).toBe('');
  });

  it('starts a new undo step after a pause, in another field, or after a structural edit', () => {
    const paused = run(start(), typeTitle('Kết', 0), typeTitle('Kết quả', COALESCE_MS + 1));
    expect(paused.past).toHaveLength(2);
    expect(run(paused, { type: 'undo' }).draft.title).toBe('Kết');

    const other: EditorAction = { type: 'edit', edit: (d) => ({ ...d, header: { ...d.header, place: 'Huế' } }), at: 10, group: 'header.place' };
    expect(run(start(), typeTitle('A', 0), other, typeTitle('AB', 20)).past).toHaveLength(3);
    expect(run(start(), typeTitle('A', 0), sectionsEdit((l) => removeSection(l, 'a'), 5), typeTitle('AB', 10)).past).toHaveLength(3);
  });

  it('breaks a long unbroken run of typing into steps of at most MAX_GROUP_MS', () => {
    let state = start();
    for (let at = 0, n = 1; at <= MAX_GROUP_MS + 500; at += 500, n++) state = run(state, typeTitle('x'.repeat(n), at));
    expect(state.past).toHaveLength(2);
  });

  it('keeps the history across step changes, but typing again after coming back is a new step', () => {
    const state = run(start(), typeTitle('A', 0), { type: 'setStep', step: 'review' }, { type: 'setStep', step: 'opening' }, typeTitle('AB', 100));
    expect(state.past).toHaveLength(2);
    const undone = run(state, { type: 'undo' }, { type: 'undo' });
    expect(undone.draft.title).toBe('');
  });

  it('keeps at most HISTORY_LIMIT undo steps, dropping the oldest', () => {
    let state = start();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) state = run(state, { type: 'edit', edit: (d) => ({ ...d, title: String(i) }), at: i });
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    expect(state.past[0]?.draft.title).toBe('9');
  });
});

describe('editorReducer: navigation and replacement', () => {
  it('focus goes to the step and asks for the field, each request new', () => {
    const once = run(start(), { type: 'focus', key: 'signer.name', step: 'signer' });
    expect(once.step).toBe('signer');
    const twice = run(once, { type: 'focus', key: 'signer.name' });
    expect(twice.focusRequest?.key).toBe('signer.name');
    expect(twice.focusRequest?.seq).toBeGreaterThan(once.focusRequest?.seq ?? 0);
  });

  it('a replaced draft starts a fresh history on the same step', () => {
    const state = run(start(), typeTitle('A', 0), { type: 'setStep', step: 'closing' });
    const fresh = { ...state.draft, title: 'Bản mới hơn' };
    const replaced = run(state, { type: 'replace', draft: fresh });
    expect(replaced.draft).toBe(fresh);
    expect(replaced.past).toHaveLength(0);
    expect(replaced.step).toBe('closing');
  });
});
