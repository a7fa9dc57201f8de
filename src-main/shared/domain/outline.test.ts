import { describe, expect, it } from 'vitest';
import type { Section } from './draft-schema';
import { numberSections } from './outline';

const section = (id: string, children: Section[] = [], numberOverride?: string): Section => ({
  id,
  title: id,
  blocks: [],
  children,
  ...(numberOverride ? { numberOverride } : {}),
});

describe('numberSections', () => {
  const tree = [section('a', [section('a1', [section('x'), section('y')]), section('a2')]), section('b')];

  it('numbers I. / 1. / a) by depth from a Roman start', () => {
    expect(numberSections(tree, 'roman').map((n) => `${n.label}${n.section.id}`)).toEqual([
      'I.a', '1.a1', 'a)x', 'b)y', '2.a2', 'II.b',
    ]);
  });

  it('starts at 1. for short reports', () => {
    expect(numberSections(tree, 'arabic').map((n) => n.label)).toEqual(['1.', 'a)', 'a)', 'b)', 'b)', '2.']);
  });

  it('renumbers when sections are reordered', () => {
    const reordered = [tree[1], tree[0]].filter((s): s is Section => s !== undefined);
    expect(numberSections(reordered, 'roman').map((n) => `${n.label}${n.section.id}`).slice(0, 2)).toEqual(['I.b', 'II.a']);
  });

  it('keeps a number printed otherwise when overridden', () => {
    const labels = numberSections([section('p', [section('q'), section('r', [], '3')])], 'roman').map((n) => n.label);
    expect(labels).toEqual(['I.', '1.', '3.']);
  });
});
