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
const unnumbered = (id: string, children: Section[] = []): Section => ({ ...section(id, children), numbered: false });
const labelled = (list: ReturnType<typeof numberSections>) => list.map((n) => `${n.label}|${n.section.id}`);

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

  it('keeps a typed number that ends in its own punctuation as typed', () => {
    const tree = [section('p', [section('q', [], '1.1.'), section('r', [], 'c)'), section('s', [], ' 4 ')])];
    expect(numberSections(tree, 'roman').map((n) => n.label)).toEqual(['I.', '1.1.', 'c)', '4.']);
  });

  it('prints no number for a heading without one, and the others number on without it', () => {
    const tree = [unnumbered('intro', [section('i1')]), section('a', [unnumbered('note'), section('a1')]), section('b')];
    const numbered = numberSections(tree, 'roman');
    expect(labelled(numbered)).toEqual(['|intro', '1.|i1', 'I.|a', '|note', '1.|a1', 'II.|b']);
    expect(numbered.map((n) => n.number)).toEqual([null, 1, 1, null, 1, 2]);
  });

  it('puts a Phần level above Mục, in Roman numerals or in words', () => {
    const long = [section('p1', [section('m1', [section('k1', [section('d1')])]), section('m2')]), section('p2', [section('m3')])];
    expect(labelled(numberSections(long, 'roman', 'roman'))).toEqual([
      'Phần I|p1', 'I.|m1', '1.|k1', 'a)|d1', 'II.|m2', 'Phần II|p2', 'I.|m3',
    ]);
    expect(numberSections(long, 'arabic', 'words').map((n) => n.label)).toEqual([
      'Phần thứ nhất', '1.', 'a)', 'a)', '2.', 'Phần thứ hai', '1.',
    ]);
    expect(numberSections(long, 'roman', 'words').map((n) => n.kind)).toEqual(['part', 'roman', 'arabic', 'letter', 'roman', 'part', 'roman']);
  });

  it('keeps a typed Phần number, adding the word only when it is missing', () => {
    const tree = [section('p1', [], 'PHẦN I'), section('p2', [], 'thứ hai')];
    expect(numberSections(tree, 'roman', 'words').map((n) => n.label)).toEqual(['PHẦN I', 'Phần thứ hai']);
  });
});
