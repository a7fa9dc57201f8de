/**
 * The preview's page documents, built away from the keystrokes: the feed holds the last draft
 * and page document it was given, rebuilds each new draft from a delta (draft-delta.ts), lays it
 * out with the print layout (planned and rendered to HTML: what print and PDF do) and answers
 * with what changed in the page document (doc-change.ts). It runs in the preview's worker
 * (preview.worker.ts), or on the main thread where no worker can start.
 *
 * The drafts come from the editor's store (typed, loaded through main's schemas), so a
 * keystroke is laid out at once; the schemas' own check of the draft (its limits) costs as
 * much as the layout, so it runs once typing pauses, and its message shows beside the pages.
 */
import type { Draft } from '@shared/domain/draft-schema';
import type { Layout } from '@shared/domain/settings-schema';
import type { PageDocument } from '@shared/layout/html';
import { LayoutCache } from '@shared/layout/layout-cache';
import { documentOf, parsePageInput } from '../../page/page-input';
import { docChange, type DocChange } from './doc-change';
import { applyDelta, type Delta } from './draft-delta';

/** How long the drafts must stop coming before the last one is checked against the schemas. */
export const CHECK_AFTER_MS = 300;

/** One draft for the feed. */
export interface FeedRequest {
  seq: number;
  /** Start from nothing: `draft` is a delta against no draft (the first request, or after a resync). */
  reset: boolean;
  draft: Delta;
  /** The layout settings, whole (a small object). */
  layout: Layout;
}

export type FeedReply =
  /** The page document of request `seq`, as a change from the one before. */
  | { kind: 'doc'; seq: number; change: DocChange }
  /** Request `seq` could not be laid out (the message says why); `resync`: the next request must be a reset. */
  | { kind: 'failed'; seq: number; message: string; resync: boolean }
  /** Once the drafts pause: what the schemas find wrong with the last one, or null. */
  | { kind: 'checked'; problem: string | null };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The feed's state: answers requests in the order they come. */
export class PreviewFeed {
  private draft: unknown = undefined;
  private layout: Layout | null = null;
  private doc: PageDocument | null = null;
  /** What the last layout made, used again for what the next draft shares with it. */
  private cache = new LayoutCache();

  /** Lays out one request. */
  receive(request: FeedRequest): FeedReply {
    const { seq } = request;
    if (request.reset) {
      this.draft = undefined;
      this.doc = null;
      this.cache = new LayoutCache();
    }
    try {
      this.draft = applyDelta(this.draft, request.draft);
    } catch (error) {
      this.draft = undefined;
      this.doc = null;
      return { kind: 'failed', seq, message: messageOf(error), resync: true };
    }
    this.layout = request.layout;
    try {
      const doc = documentOf(this.draft as Draft, request.layout, this.cache);
      const change = docChange(this.doc, doc);
      this.doc = doc;
      return { kind: 'doc', seq, change };
    } catch (error) {
      // The last good pages stay; the draft is kept, since the next delta is against it.
      return { kind: 'failed', seq, message: messageOf(error), resync: false };
    }
  }

  /** What the schemas find wrong with the last draft and layout (the page's own message), or null. */
  check(): string | null {
    if (this.draft === undefined) return null;
    try {
      parsePageInput({ draft: this.draft, layout: this.layout });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  }
}

/**
 * A feed behind a message port: each request is answered at once through `post`, and the last
 * draft is checked once no request has come for CHECK_AFTER_MS.
 */
export function feedEndpoint(post: (reply: FeedReply) => void): { receive(request: FeedRequest): void; close(): void } {
  const feed = new PreviewFeed();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    receive(request) {
      post(feed.receive(request));
      clearTimeout(timer);
      timer = setTimeout(() => post({ kind: 'checked', problem: feed.check() }), CHECK_AFTER_MS);
    },
    close() {
      clearTimeout(timer);
    },
  };
}
