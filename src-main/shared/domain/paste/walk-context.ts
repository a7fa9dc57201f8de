/** What the HTML walk carries down the tree, and what it shares across the whole paste. */
import type { TextRun } from '../draft-schema';
import type { BlockBuilder, Converter, Flags, PasteSeen } from './block-builder';
import type { ClassRules, LegacyFont } from './css';
import type { DomLikeNode } from './dom-like';

/** One open `<ul>`/`<ol>`. */
export interface ListFrame {
  ordered: boolean;
  /** The `type` of an `<ol>`: "1", "a", "A", "i", "I". */
  style: string;
  /** The number of the next item. */
  next: number;
}

/** Inherited state at a point of the tree. */
export interface WalkContext {
  flags: Flags;
  font: LegacyFont | null;
  pre: boolean;
  lists: ListFrame[];
  /** Receives Word's list label when inside a Word list paragraph. */
  onLabel: ((label: string) => void) | null;
  depth: number;
}

/** Shared by the whole paste. */
export interface WalkEnv {
  rules: ClassRules;
  /** Word's footnotes and endnotes by id ("ftn1"), read before the body. */
  notes: Map<string, TextRun[]>;
  convert: Converter;
  seen: PasteSeen;
}

/** Walks a node's children into a builder (html-to-blocks passes itself to the table reader). */
export type WalkChildren = (node: DomLikeNode, ctx: WalkContext, builder: BlockBuilder) => void;

/** Deeper than this, markup is hostile or broken: the rest of the branch is left out. */
export const MAX_WALK_DEPTH = 400;
