/** The content the kill-loop child writes, and how the parent checks it is whole. */
import type { Draft } from '../shared/domain/draft-schema';
import { newDraft } from '../shared/domain/new-draft';

/** The drafts the child saves in turn. */
export const KILL_LOOP_IDS = ['kill-aaa', 'kill-bbb'] as const;

/** Filler whose length and text follow from `seq`, so a torn or mixed file cannot pass the check. */
function body(seq: number): string {
  const size = 200 + ((seq * 7919) % 20_000);
  return `seq ${seq}|`.padEnd(size, String.fromCharCode(0x61 + (seq % 26)));
}

/** Draft `id` at sequence number `seq` (meta.updatedAt is set by the repository on save). */
export function killLoopContent(id: string, seq: number): Draft {
  const draft = newDraft({ id, now: '2025-03-01T00:00:00.000Z' });
  draft.title = `seq ${seq}`;
  draft.opening = [{ type: 'paragraph', content: [{ type: 'text', text: body(seq) }] }];
  return draft;
}

/** The sequence number in a draft's title. */
export function seqOf(draft: Draft): number {
  const match = /^seq (\d+)$/.exec(draft.title);
  if (!match) throw new Error(`not a kill-loop draft: ${draft.title}`);
  return Number(match[1]);
}

/** True when the body is exactly what `killLoopContent` writes for the title's seq. */
export function isWhole(draft: Draft): boolean {
  const block = draft.opening[0];
  const run = block?.type === 'paragraph' ? block.content[0] : undefined;
  return run?.type === 'text' && run.text === body(seqOf(draft));
}
