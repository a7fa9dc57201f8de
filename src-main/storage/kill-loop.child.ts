/**
 * Child of kill-loop.test.ts: saves two drafts in turn with growing content through the real
 * repository, printing `ack <id> <seq>` only after each save resolved. It loads, prints `ready`,
 * then waits for `go` on stdin, so the parent can start it ahead of time (spawning is the slow part).
 */
import { createInterface } from 'node:readline';
import { DraftSchema } from '../shared/domain/draft-schema';
import { openDraftRepository } from './draft-repository';
import { KILL_LOOP_IDS, killLoopContent } from './kill-loop.content';

/** Runs until killed; a plain function (no top-level await) so it can be bundled as CommonJS. */
async function main(dataDir: string): Promise<void> {
  // Warm zod and the JIT before announcing readiness: that work then overlaps the previous child's run.
  DraftSchema.parse(killLoopContent(KILL_LOOP_IDS[0], 1));
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => {
    createInterface({ input: process.stdin }).once('line', () => resolve());
  });

  const repo = await openDraftRepository({ dataDir });
  for (const notice of repo.notices()) process.stdout.write(`notice ${notice.replace(/\n/g, ' ')}\n`);
  // Sequence numbers come from the index (titles), so opening costs no draft reads.
  const seqs = new Map((await repo.list()).map((s) => [s.id, Number(/^seq (\d+)$/.exec(s.title)?.[1] ?? 0)]));
  for (const id of KILL_LOOP_IDS) {
    if (!seqs.has(id)) await repo.create(killLoopContent(id, 0));
  }
  for (let turn = 0; ; turn++) {
    const id = KILL_LOOP_IDS[turn % KILL_LOOP_IDS.length] ?? '';
    const seq = (seqs.get(id) ?? 0) + 1;
    await repo.save(killLoopContent(id, seq));
    seqs.set(id, seq);
    process.stdout.write(`ack ${id} ${seq}\n`);
  }
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: kill-loop.child <dataDir>');
void main(dataDir);
