import { describe, expect, it } from 'vitest';
import type { Section } from '@shared/domain/draft-schema';
import { addChild, moveSection, removeSection, updateSection } from './section-tree';

const s = (id: string, children: Section[] = []): Section => ({ id, title: id, blocks: [], children });
const ids = (list: Section[]): unknown => list.map((x) => (x.children.length ? [x.id, ids(x.children)] : x.id));

describe('section-tree', () => {
  const tree = [s('a', [s('a1'), s('a2')]), s('b')];

  it('updates a nested section without touching the others', () => {
    const next = updateSection(tree, [0, 1], (x) => ({ ...x, title: 'changed' }));
    expect(next[0]?.children[1]?.title).toBe('changed');
    expect(next[1]).toBe(tree[1]);
    expect(tree[0]?.children[1]?.title).toBe('a2');
  });

  it('moves among siblings only, and not past the ends', () => {
    expect(ids(moveSection(tree, [0, 0], 1))).toEqual([['a', ['a2', 'a1']], 'b']);
    expect(ids(moveSection(tree, [1], 1))).toEqual([['a', ['a1', 'a2']], 'b']);
    expect(ids(moveSection(tree, [1], -1))).toEqual(['b', ['a', ['a1', 'a2']]]);
  });

  it('removes and adds children by path', () => {
    expect(ids(removeSection(tree, [0, 0]))).toEqual([['a', ['a2']], 'b']);
    expect(ids(addChild(tree, [1], s('b1')))).toEqual([['a', ['a1', 'a2']], ['b', ['b1']]]);
  });
});
