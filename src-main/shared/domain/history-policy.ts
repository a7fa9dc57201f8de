/**
 * Which revisions of a draft to keep. The stated policy:
 * - every revision of the last 24 hours;
 * - then the newest revision of each calendar day, for 30 days;
 * - revisions saved on demand ("Lưu phiên bản") are kept whatever their age;
 * - the newest revision is always kept, so pruning never empties a history.
 * Pure: the caller passes the clock and how a time maps to a calendar day.
 */

/** Length of the "keep everything" window. */
export const KEEP_ALL_MS = 24 * 60 * 60 * 1000;
/** How many days one revision a day is kept. */
export const KEEP_DAILY_DAYS = 30;

/** What the policy needs to know of a revision. */
export interface RevisionStamp {
  revision: number;
  /** ISO time the revision was taken. */
  createdAt: string;
  reason: 'auto' | 'manual' | 'export' | 'restore';
}

/** The local calendar day of a time, e.g. "2025-03-04": what a clerk calls "a day". */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The revision numbers to keep under the policy; the rest may be deleted. */
export function revisionsToKeep(
  revisions: readonly RevisionStamp[],
  now: Date,
  dayOf: (at: Date) => string = localDay,
): Set<number> {
  const keep = new Set<number>();
  const nowMs = now.getTime();
  const newestFirst = [...revisions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.revision - a.revision);
  const first = newestFirst[0];
  if (first) keep.add(first.revision);
  const daysSeen = new Set<string>();
  for (const rev of newestFirst) {
    const at = Date.parse(rev.createdAt);
    // An unreadable time or one in the future (clock set back) is kept rather than guessed about.
    if (Number.isNaN(at) || at > nowMs || rev.reason === 'manual' || nowMs - at < KEEP_ALL_MS) {
      keep.add(rev.revision);
      continue;
    }
    if (nowMs - at > KEEP_DAILY_DAYS * KEEP_ALL_MS) continue;
    const day = dayOf(new Date(at));
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(rev.revision);
    }
  }
  return keep;
}
