/** Fixtures shared by the storage tests: temp data folders and valid drafts. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from '../shared/domain/draft-schema';
import { newDraft } from '../shared/domain/new-draft';

/** A fresh, empty folder under the OS temp folder. */
export function tempDir(prefix = 'baocao-storage-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes a test folder. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** A valid draft with a recognisable title. */
export function sampleDraft(id: string, title = `Báo cáo ${id}`, at = '2025-03-01T08:00:00.000Z'): Draft {
  const draft = newDraft({ id, now: at });
  draft.title = title;
  draft.header.issuingAgency = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG';
  draft.header.agencyAbbr = 'stttt';
  return draft;
}

/** A clock that advances one second per call, from a fixed start. */
export function steppingClock(start = '2025-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}
