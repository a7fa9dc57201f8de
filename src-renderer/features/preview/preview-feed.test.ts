/**
 * The preview's page documents built incrementally: after every edit of a run (typing,
 * formatting, the title, sections added, moved and removed, footnotes renumbered, tables,
 * appendices, the layout), the document the editor rebuilds from the worker's answer equals a
 * full render of the draft, part for part; typing sends back only the paragraph typed in; and
 * the schemas' check runs once the drafts pause, naming what is wrong.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import longReport from '../../../e2e/fixtures/drafts/long-report.json';
import { updateAt } from '@shared/domain/checks/draft-edit';
import { DraftSchema, type Block, type Draft, type Inline } from '@shared/domain/draft-schema';
import { defaultSettings, type Layout } from '@shared/domain/settings-schema';
import type { PageDocument } from '@shared/layout/html';
import { documentOf } from '../../page/page-input';
import { applyDocChange, type DocChange } from './doc-change';
import { encodeDelta } from './draft-delta';
import { CHECK_AFTER_MS, feedEndpoint, PreviewFeed, type FeedReply, type FeedRequest } from './preview-feed';

const layout = defaultSettings().layout;
const parse = (json: unknown): Draft => DraftSchema.parse(json);

const path = (s: number, c: number, b: number) => ['sections', s, 'children', c, 'blocks', b] as const;
const typeAt = (d: Draft, at: readonly (string | number)[], text: string): Draft =>
  updateAt(d, [...at, 'content', 0, 'text'], (value) => `${String(value)}${text}`);
const mapBlock = (d: Draft, at: readonly (string | number)[], fn: (b: Block) => Block): Draft => updateAt(d, [...at], (b) => fn(b as Block));
const withRuns = (b: Block, fn: (runs: Inline[]) => Inline[]): Block => (b.type === 'table' ? b : { ...b, content: fn(b.content) });

/** Edits as the editor's store makes them (copies along the path); `typing` marks a keystroke. */
const EDITS: { name: string; typing?: boolean; edit: (d: Draft, l: Layout) => [Draft, Layout] }[] = [
  { name: 'a letter typed', typing: true, edit: (d, l) => [typeAt(d, path(0, 0, 0), 'a'), l] },
  { name: 'another letter', typing: true, edit: (d, l) => [typeAt(d, path(0, 0, 0), 'b'), l] },
  { name: 'a space typed', typing: true, edit: (d, l) => [typeAt(d, path(0, 0, 0), ' '), l] },
  { name: 'a word made bold', edit: (d, l) => [mapBlock(d, path(0, 0, 1), (b) => withRuns(b, (runs) => [{ type: 'text', text: 'Đậm ', bold: true }, ...runs])), l] },
  { name: 'the title', edit: (d, l) => [{ ...d, title: `${d.title} năm 2025` }, l] },
  { name: 'a paragraph added', edit: (d, l) => [updateAt(d, ['sections', 0, 'children', 0, 'blocks'], (list) => [...(list as Block[]), { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mới thêm.' }] }]), l] },
  { name: 'typing in it', typing: true, edit: (d, l) => [typeAt(d, ['sections', 0, 'children', 0, 'blocks', (d.sections[0]?.children[0]?.blocks.length ?? 1) - 1], ' Tiếp'), l] },
  { name: 'a footnote added (the later ones renumber)', edit: (d, l) => [mapBlock(d, path(0, 0, 0), (b) => withRuns(b, (runs) => [...runs, { type: 'footnote', content: [{ type: 'text', text: 'Chú thích mới.' }] }])), l] },
  { name: 'sections moved', edit: (d, l) => [updateAt(d, ['sections', 0, 'children'], (list) => [...(list as unknown[])].reverse()), l] },
  { name: 'a heading renamed', edit: (d, l) => [updateAt(d, ['sections', 1, 'title'], (t) => `${String(t)} và phương hướng`), l] },
  { name: 'a block removed', edit: (d, l) => [updateAt(d, ['sections', 0, 'children', 1, 'blocks'], (list) => (list as Block[]).slice(1)), l] },
  { name: 'an appendix edited', edit: (d, l) => [updateAt(d, ['appendices', 0, 'title'], (t) => `${String(t)} (bổ sung)`), l] },
  { name: 'a section removed', edit: (d, l) => [{ ...d, sections: d.sections.slice(0, 1) }, l] },
  { name: 'the size preset', edit: (d, l) => [d, { ...l, sizePreset: 13 }] },
  { name: 'a recipient added', edit: (d, l) => [{ ...d, noiNhan: { ...d.noiNhan, recipients: [...d.noiNhan.recipients, 'Phòng Nội vụ'] } }, l] },
];

/** Sends `next` to the feed as the editor does (a delta against what it sent before; copies, as a port would). */
class Editor {
  private seq = 0;
  private sent: Draft | undefined;
  doc: PageDocument | null = null;
  changes: DocChange[] = [];
  constructor(private readonly feed: PreviewFeed) {}
  send(next: Draft, l: Layout): FeedReply {
    const request: FeedRequest = { seq: ++this.seq, reset: this.sent === undefined, draft: encodeDelta(this.sent, next), layout: l };
    this.sent = next;
    const reply = structuredClone(this.feed.receive(structuredClone(request)));
    if (reply.kind === 'doc') {
      this.doc = applyDocChange(this.doc, reply.change);
      this.changes.push(reply.change);
    }
    return reply;
  }
}

describe.each([
  ['long-report', longReport],
  ['full-feature', fullFeature],
])('%s', (_name, fixture) => {
  it('rebuilds after every edit exactly the page document a full render gives', () => {
    const editor = new Editor(new PreviewFeed());
    let d = parse(fixture);
    let l = layout;
    editor.send(d, l);
    expect(editor.changes[0]?.kind).toBe('full');
    expect(editor.doc).toEqual(documentOf(d, l));
    for (const { name, typing, edit } of EDITS) {
      [d, l] = edit(d, l);
      const reply = editor.send(d, l);
      expect(reply.kind, name).toBe('doc');
      expect(editor.doc, name).toEqual(documentOf(d, l));
      const change = editor.changes[editor.changes.length - 1];
      // A keystroke brings back its paragraph alone, never the report.
      if (typing) expect(change?.kind === 'parts' ? change.parts.length : change?.kind, name).toBe(1);
    }
    expect(editor.changes.map((c) => c.kind)).toContain('full');
  });
});

describe('the first and a broken request', () => {
  it('answers the same draft sent again with "same"', () => {
    const editor = new Editor(new PreviewFeed());
    const d = parse(longReport);
    editor.send(d, layout);
    editor.send({ ...d }, layout);
    expect(editor.changes[1]).toEqual({ kind: 'same' });
  });

  it('asks for a reset when a delta does not fit what it holds', () => {
    const feed = new PreviewFeed();
    const reply = feed.receive({ seq: 1, reset: true, draft: { k: 'array', items: [{ k: 'ref', i: 9 }] }, layout });
    expect(reply).toMatchObject({ kind: 'failed', seq: 1, resync: true });
  });
});

describe('feedEndpoint', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers at once and checks the last draft once the drafts pause, naming the wrong field', () => {
    vi.useFakeTimers();
    const replies: FeedReply[] = [];
    const endpoint = feedEndpoint((reply) => replies.push(reply));
    const d = parse(longReport);
    // Too long a title: the store can hold it while the clerk types; the schemas refuse it.
    const long = { ...d, title: 'Dài '.repeat(5000) };
    endpoint.receive({ seq: 1, reset: true, draft: encodeDelta(undefined, long), layout });
    expect(replies.map((r) => r.kind)).toEqual(['doc']);
    vi.advanceTimersByTime(CHECK_AFTER_MS - 1);
    expect(replies).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const checked = replies[1];
    expect(checked?.kind).toBe('checked');
    expect(checked?.kind === 'checked' ? checked.problem : null).toMatch(/^Bản thảo không hợp lệ\..*title/s);

    endpoint.receive({ seq: 2, reset: false, draft: encodeDelta(long, d), layout });
    vi.advanceTimersByTime(CHECK_AFTER_MS);
    expect(replies[replies.length - 1]).toEqual({ kind: 'checked', problem: null });
    endpoint.close();
  });

  it('checks nothing while the drafts keep coming', () => {
    vi.useFakeTimers();
    const replies: FeedReply[] = [];
    const endpoint = feedEndpoint((reply) => replies.push(reply));
    let d = parse(fullFeature);
    let sent: Draft | undefined;
    for (let i = 0; i < 10; i++) {
      const next = typeAt(d, ['opening', 0], 'a');
      endpoint.receive({ seq: i + 1, reset: i === 0, draft: encodeDelta(sent, next), layout });
      sent = next;
      d = next;
      vi.advanceTimersByTime(CHECK_AFTER_MS / 2);
    }
    expect(replies.filter((r) => r.kind === 'checked')).toEqual([]);
    vi.advanceTimersByTime(CHECK_AFTER_MS);
    expect(replies.filter((r) => r.kind === 'checked')).toEqual([{ kind: 'checked', problem: null }]);
    endpoint.close();
  });
});
