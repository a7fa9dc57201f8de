import { describe, expect, it } from 'vitest';
import type { Section } from '@shared/domain/draft-schema';
import { SECTION_DEPTH } from '@shared/domain/limits';
import {
  addChildSection,
  canIndent,
  findSectionPath,
  indentSection,
  insertSectionAfter,
  moveSectionBy,
  moveSectionTo,
  outdentSection,
  removeSection,
  updateSection,
} from './section-ops';

const s = (id: string, children: Section[] = []): Section => ({ id, title: id, blocks: [], children });
const ids = (list: readonly Section[]): unknown => list.map((x) => (x.children.length ? [x.id, ids(x.children)] : x.id));
const tree = (): Section[] => [s('a', [s('a1'), s('a2')]), s('b'), s('c')];

/** A chain of `n` nested sections, ids d1 … dn. */
const chain = (n: number, from = 1): Section => s(`d${from}`, from < n ? [chain(n, from + 1)] : []);

describe('section-ops', () => {
  it('finds, updates and removes by id, sharing what did not change', () => {
    const before = tree();
    expect(findSectionPath(before, 'a2')).toEqual([0, 1]);
    const renamed = updateSection(before, 'a2', (x) => ({ ...x, title: 'Mới' }));
    expect(renamed[0]?.children[1]?.title).toBe('Mới');
    expect(renamed[1]).toBe(before[1]);
    expect(ids(removeSection(before, 'a1'))).toEqual([['a', ['a2']], 'b', 'c']);
    expect(removeSection(before, 'zz')).toBe(before);
  });

  it('inserts after a section, or at the end, and appends children', () => {
    expect(ids(insertSectionAfter(tree(), 'a1', s('n')))).toEqual([['a', ['a1', 'n', 'a2']], 'b', 'c']);
    expect(ids(insertSectionAfter(tree(), null, s('n')))).toEqual([['a', ['a1', 'a2']], 'b', 'c', 'n']);
    expect(ids(addChildSection(tree(), 'b', s('b1')))).toEqual([['a', ['a1', 'a2']], ['b', ['b1']], 'c']);
  });

  it('moves among siblings and not past the ends', () => {
    const before = tree();
    expect(ids(moveSectionBy(before, 'c', -1))).toEqual([['a', ['a1', 'a2']], 'c', 'b']);
    expect(ids(moveSectionBy(before, 'a2', -1))).toEqual([['a', ['a2', 'a1']], 'b', 'c']);
    expect(moveSectionBy(before, 'a', -1)).toBe(before);
    expect(moveSectionBy(before, 'a2', 1)).toBe(before);
  });

  it('indents under the previous sibling and outdents after the parent', () => {
    expect(ids(indentSection(tree(), 'b'))).toEqual([['a', ['a1', 'a2', 'b']], 'c']);
    expect(ids(outdentSection(tree(), 'a1'))).toEqual([['a', ['a2']], 'a1', 'b', 'c']);
    const before = tree();
    expect(indentSection(before, 'a')).toBe(before);
    expect(outdentSection(before, 'b')).toBe(before);
  });

  it('drops before, after or inside another section, never into itself', () => {
    expect(ids(moveSectionTo(tree(), 'c', 'a1', 'before'))).toEqual([['a', ['c', 'a1', 'a2']], 'b']);
    expect(ids(moveSectionTo(tree(), 'a', 'c', 'after'))).toEqual(['b', 'c', ['a', ['a1', 'a2']]]);
    expect(ids(moveSectionTo(tree(), 'b', 'c', 'inside'))).toEqual([['a', ['a1', 'a2']], ['c', ['b']]]);
    const before = tree();
    expect(moveSectionTo(before, 'a', 'a2', 'inside')).toBe(before);
    expect(moveSectionTo(before, 'a', 'a', 'after')).toBe(before);
  });

  it(`keeps every move within ${SECTION_DEPTH.max} levels`, () => {
    const deepest = [chain(SECTION_DEPTH.max), s('x')];
    const last = `d${SECTION_DEPTH.max}`;
    expect(addChildSection(deepest, last, s('y'))).toBe(deepest);
    expect(moveSectionTo(deepest, 'x', last, 'inside')).toBe(deepest);
    // One level less deep leaves room for exactly one more.
    const room = [chain(SECTION_DEPTH.max - 1), s('x')];
    expect(findSectionPath(moveSectionTo(room, 'x', `d${SECTION_DEPTH.max - 1}`, 'inside'), 'x')).toHaveLength(SECTION_DEPTH.max);
    // A tall subtree cannot go under a sibling when its leaves would pass the limit.
    const tall = [s('p'), chain(SECTION_DEPTH.max)];
    expect(indentSection(tall, 'd1')).toBe(tall);
    expect(canIndent(tall[1] as Section, 1, 0)).toBe(false);
    expect(canIndent(s('q'), 1, 0)).toBe(true);
    expect(canIndent(s('q'), 0, 0)).toBe(false);
  });
});
