/**
 * Keeps one field's editor and the draft store in step without fighting over the text.
 *
 * Out: after each change the field emits its value (blocks converted from the document; blocks
 * of unchanged top-level nodes are reused, so a keystroke converts one paragraph). While an
 * input method composes, nothing is emitted: the composed word goes out once it is committed.
 *
 * In: a value that is not the one the field last emitted (undo, a check's fix) replaces only
 * the part of the document that differs, so the cursor stays where it was when it can. During
 * a composition it waits; when the composition ends it is applied on top of what was composed
 * (its change, mapped through the typing since), so neither the word nor the change is lost.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { PmNode as PmJson } from '@shared/domain/editor-doc';

/** Marks the transactions that bring an outside value in, which must not be emitted back. */
export const EXTERNAL = 'rtExternalValue';

/** How a field's value and its document convert. */
export interface FieldCodec<T> {
  toDoc: (value: T) => PmJson;
  /** The value of a document; `cache` holds the values of its top-level nodes by node. */
  fromDoc: (doc: PmNode, cache: WeakMap<PmNode, unknown>) => T;
}

/** Replaces the part of `tr.doc` that differs from `target`; false when they are equal. */
function replaceDifference(tr: Transaction, target: PmNode): boolean {
  const current = tr.doc;
  const start = current.content.findDiffStart(target.content);
  if (start === null) return false;
  const end = current.content.findDiffEnd(target.content);
  let endA = end?.a ?? current.content.size;
  let endB = end?.b ?? target.content.size;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  tr.replace(start, endA, target.slice(start, endB));
  return true;
}

export class FieldSync<T> {
  /** The document the store last agreed with: emitted by the field, or received from it. */
  private synced: PmNode;
  /** Local changes since `synced` (typing during a composition). */
  private mapping = new Mapping();
  private dirty = false;
  private pending: PmNode | null = null;
  private lastEmitted: T | null = null;
  private readonly cache = new WeakMap<PmNode, unknown>();

  constructor(
    private readonly editor: Editor,
    private readonly codec: FieldCodec<T>,
    private readonly emit: (value: T) => void,
    initial: T,
  ) {
    this.synced = editor.state.doc;
    this.lastEmitted = initial;
  }

  private get composing(): boolean {
    return this.editor.view.composing;
  }

  /** Called for every transaction of the editor. */
  onTransaction(tr: Transaction): void {
    if (tr.getMeta(EXTERNAL)) return;
    if (tr.docChanged) {
      this.mapping.appendMapping(tr.mapping);
      this.dirty = true;
    }
    this.flush();
  }

  /** Emits what is waiting and applies a deferred outside value, unless a composition is open. */
  flush(): void {
    if (this.editor.isDestroyed || this.composing) return;
    if (this.pending) this.applyPending();
    if (!this.dirty) return;
    this.dirty = false;
    const value = this.codec.fromDoc(this.editor.state.doc, this.cache);
    this.synced = this.editor.state.doc;
    this.mapping = new Mapping();
    this.lastEmitted = value;
    this.emit(value);
  }

  /** A value from the store; ignored when it is the one the field last emitted. */
  receive(value: T): void {
    if (value === this.lastEmitted || this.editor.isDestroyed) return;
    const target = this.editor.schema.nodeFromJSON(this.codec.toDoc(value));
    this.lastEmitted = value;
    if (target.eq(this.synced) && !this.pending) return;
    this.pending = target;
    this.flush();
  }

  private applyPending(): void {
    const target = this.pending as PmNode;
    this.pending = null;
    const tr = this.editor.state.tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false);
    let changed: boolean;
    if (!this.dirty) {
      changed = replaceDifference(tr, target);
    } else {
      changed = this.rebase(tr, target);
    }
    this.synced = target;
    this.mapping = new Mapping();
    if (changed) this.editor.view.dispatch(tr);
    // With local changes merged in, the document is newer than the store: `dirty` emits it.
  }

  /** Applies the store's change (from `synced` to `target`) on top of the local changes. */
  private rebase(tr: Transaction, target: PmNode): boolean {
    const base = this.synced;
    const start = base.content.findDiffStart(target.content);
    if (start === null) return false;
    const end = base.content.findDiffEnd(target.content);
    let endA = end?.a ?? base.content.size;
    let endB = end?.b ?? target.content.size;
    const overlap = start - Math.min(endA, endB);
    if (overlap > 0) {
      endA += overlap;
      endB += overlap;
    }
    const from = this.mapping.map(start, -1);
    const to = Math.max(from, this.mapping.map(endA, 1));
    try {
      tr.replace(from, to, target.slice(start, endB));
      return true;
    } catch {
      // The two changes cannot be combined: the store's value wins, as after any undo.
      this.dirty = false;
      return replaceDifference(tr, target);
    }
  }
}
