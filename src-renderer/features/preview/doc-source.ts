/**
 * The editor's side of the preview feed: hands the latest draft to the feed as a delta against
 * the one sent before (a keystroke sends its paragraph, not the report), one request at a time
 * so a burst of keystrokes costs one layout, and rebuilds each new page document from the change
 * the feed answers with. The feed runs in a worker, so planning and rendering a 100-page report
 * never holds a keystroke; where no worker starts it runs on the main thread, a task later.
 */
import type { Draft } from '@shared/domain/draft-schema';
import type { Layout } from '@shared/domain/settings-schema';
import type { PageDocument } from '@shared/layout/html';
import { applyDocChange, type DocChange } from './doc-change';
import { encodeDelta } from './draft-delta';
import { feedEndpoint, type FeedReply, type FeedRequest } from './preview-feed';

/** Carries requests to a feed and its replies back, in order. */
export interface FeedTransport {
  send(request: FeedRequest): void;
  /** Set by the source. */
  onReply: (reply: FeedReply) => void;
  /** Set by the source: the transport broke; requests sent and not answered are lost. */
  onFailure: () => void;
  dispose(): void;
}

/** A feed on this thread, answering each request a task later (tests; windows without workers). */
export function inlineTransport(): FeedTransport {
  let disposed = false;
  const endpoint = feedEndpoint((reply) => {
    if (!disposed) transport.onReply(reply);
  });
  const transport: FeedTransport = {
    send(request) {
      setTimeout(() => {
        if (!disposed) endpoint.receive(request);
      }, 0);
    },
    onReply: () => {},
    onFailure: () => {},
    dispose() {
      disposed = true;
      endpoint.close();
    },
  };
  return transport;
}

/** The feed in a module worker; null when the window cannot start one. */
export function workerTransport(): FeedTransport | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'xem-truoc' });
  } catch {
    return null;
  }
  const transport: FeedTransport = {
    send(request) {
      try {
        worker.postMessage(request);
      } catch {
        transport.onFailure();
      }
    },
    onReply: () => {},
    onFailure: () => {},
    dispose() {
      worker.terminate();
    },
  };
  worker.onmessage = (event: MessageEvent<FeedReply>) => transport.onReply(event.data);
  worker.onerror = () => transport.onFailure();
  worker.onmessageerror = () => transport.onFailure();
  return transport;
}

/** What the source reports. */
export interface DocSourceHandlers {
  /** A new page document (`change` says how it differs from the previous one; never 'same'). */
  onDoc(doc: PageDocument, change: DocChange): void;
  /** What is wrong with the draft (the last page document stays), or null once nothing is. */
  onProblem(problem: string | null): void;
}

/** The latest draft in, page documents out. */
export interface DocSource {
  /** Hands over the draft being edited; only the latest one not yet sent is kept. */
  push(draft: Draft, layout: Layout): void;
  dispose(): void;
}

/**
 * A source over `open()`'s transport; when that transport breaks, the source carries on over
 * `fallback()` (the main thread), sending the latest draft again in full.
 */
export function docSource(handlers: DocSourceHandlers, open: () => FeedTransport | null = workerTransport, fallback: () => FeedTransport = inlineTransport): DocSource {
  let transport: FeedTransport | null = null;
  /** The draft the feed holds (what the next delta is against); undefined: it holds none. */
  let base: Draft | undefined;
  let baseLayout: Layout | undefined;
  let doc: PageDocument | null = null;
  let latest: { draft: Draft; layout: Layout } | null = null;
  let inFlight: { seq: number; draft: Draft; layout: Layout } | null = null;
  let seq = 0;
  let disposed = false;

  const sendLatest = (): void => {
    if (disposed || inFlight || !latest || !transport) return;
    const { draft, layout } = latest;
    latest = null;
    if (draft === base && layout === baseLayout) return;
    const reset = base === undefined;
    const request: FeedRequest = { seq: ++seq, reset, draft: encodeDelta(base, draft), layout };
    inFlight = { seq: request.seq, draft, layout };
    base = draft;
    baseLayout = layout;
    transport.send(request);
  };

  const onReply = (reply: FeedReply): void => {
    if (disposed) return;
    if (reply.kind === 'checked') {
      handlers.onProblem(reply.problem);
      return;
    }
    if (!inFlight || reply.seq !== inFlight.seq) return;
    inFlight = null;
    if (reply.kind === 'doc') {
      doc = applyDocChange(doc, reply.change);
      if (reply.change.kind !== 'same') handlers.onDoc(doc, reply.change);
    } else {
      if (reply.resync) base = undefined;
      handlers.onProblem(reply.message);
    }
    sendLatest();
  };

  const attach = (next: FeedTransport): void => {
    transport = next;
    next.onReply = onReply;
    next.onFailure = () => {
      if (disposed || transport !== next) return;
      next.dispose();
      // The feed on the main thread starts from nothing: send the latest draft in full.
      const resend = latest ?? inFlight ?? (base ? { draft: base, layout: baseLayout as Layout } : null);
      inFlight = null;
      base = undefined;
      baseLayout = undefined;
      doc = null;
      latest = resend ? { draft: resend.draft, layout: resend.layout } : null;
      attach(fallback());
      sendLatest();
    };
  };
  attach(open() ?? fallback());

  return {
    push(draft, layout) {
      latest = { draft, layout };
      sendLatest();
    },
    dispose() {
      disposed = true;
      transport?.dispose();
      transport = null;
    },
  };
}
