/**
 * The editor's side of the preview feed: a burst of drafts costs one layout in flight and one
 * for the latest, and the page document shown is the full render of the latest; when the worker
 * breaks, the main thread takes over from the latest draft; problems come and go; a disposed
 * source reports nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fullFeature from '../../../e2e/fixtures/drafts/full-feature.json';
import { updateAt } from '@shared/domain/checks/draft-edit';
import { DraftSchema, type Draft } from '@shared/domain/draft-schema';
import { defaultSettings } from '@shared/domain/settings-schema';
import type { PageDocument } from '@shared/layout/html';
import { documentOf } from '../../page/page-input';
import { docSource, inlineTransport, type FeedTransport } from './doc-source';
import { CHECK_AFTER_MS, type FeedRequest } from './preview-feed';

const layout = defaultSettings().layout;
const base = (): Draft => DraftSchema.parse(fullFeature);
const typed = (d: Draft, text: string): Draft => updateAt(d, ['opening', 0, 'content', 0, 'text'], (t) => `${String(t)}${text}`);

/** The inline feed, counting what is sent. */
function counted(): { transport: FeedTransport; sent: FeedRequest[] } {
  const inner = inlineTransport();
  const sent: FeedRequest[] = [];
  const transport: FeedTransport = {
    send: (request) => {
      sent.push(request);
      inner.send(request);
    },
    onReply: () => {},
    onFailure: () => {},
    dispose: () => inner.dispose(),
  };
  inner.onReply = (reply) => transport.onReply(reply);
  return { transport, sent };
}

function collect() {
  const docs: PageDocument[] = [];
  const problems: (string | null)[] = [];
  return { docs, problems, handlers: { onDoc: (doc: PageDocument) => docs.push(doc), onProblem: (p: string | null) => problems.push(p) } };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('docSource', () => {
  it('lays out a burst of keystrokes as the request in flight and the latest draft, ending on its full render', async () => {
    vi.useFakeTimers();
    const { transport, sent } = counted();
    const { docs, handlers } = collect();
    const source = docSource(handlers, () => transport);
    let d = base();
    source.push(d, layout);
    for (let i = 0; i < 20; i++) {
      d = typed(d, 'a');
      source.push(d, layout);
    }
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(2);
    expect(sent.map((r) => r.reset)).toEqual([true, false]);
    expect(docs[docs.length - 1]).toEqual(documentOf(d, layout));
    source.dispose();
  });

  it('sends nothing for the draft the feed already holds', async () => {
    vi.useFakeTimers();
    const { transport, sent } = counted();
    const source = docSource(collect().handlers, () => transport);
    const d = base();
    source.push(d, layout);
    await vi.advanceTimersByTimeAsync(10);
    source.push(d, layout);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toHaveLength(1);
    source.dispose();
  });

  it('goes on on the main thread from the latest draft when the worker breaks', async () => {
    vi.useFakeTimers();
    const broken: FeedTransport = {
      send: () => setTimeout(() => broken.onFailure(), 0),
      onReply: () => {},
      onFailure: () => {},
      dispose: vi.fn(),
    };
    const fallback = counted();
    const { docs, handlers } = collect();
    const source = docSource(handlers, () => broken, () => fallback.transport);
    const first = base();
    source.push(first, layout);
    const latest = typed(first, ' thêm');
    source.push(latest, layout);
    await vi.advanceTimersByTimeAsync(10);
    expect(broken.dispose).toHaveBeenCalled();
    expect(fallback.sent.map((r) => r.reset)).toEqual([true]);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toEqual(documentOf(latest, layout));
    source.dispose();
  });

  it('reports what is wrong with the draft once the drafts pause, and clears it when fixed', async () => {
    vi.useFakeTimers();
    const { problems, docs, handlers } = collect();
    const source = docSource(handlers, () => counted().transport);
    const good = base();
    const bad = { ...good, title: 'Dài '.repeat(5000) };
    source.push(bad, layout);
    await vi.advanceTimersByTimeAsync(CHECK_AFTER_MS + 10);
    // The pages still show it (escaped text is harmless); the message names the field.
    expect(docs).toHaveLength(1);
    expect(problems[problems.length - 1]).toMatch(/^Bản thảo không hợp lệ/);
    source.push(good, layout);
    await vi.advanceTimersByTimeAsync(CHECK_AFTER_MS + 10);
    expect(problems[problems.length - 1]).toBeNull();
    source.dispose();
  });

  it('reports nothing once disposed', async () => {
    vi.useFakeTimers();
    const { docs, problems, handlers } = collect();
    const source = docSource(handlers, () => counted().transport);
    source.push(base(), layout);
    source.dispose();
    await vi.advanceTimersByTimeAsync(CHECK_AFTER_MS + 10);
    expect(docs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
