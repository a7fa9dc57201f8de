import { describe, expect, it } from 'vitest';
import { revisionsToKeep, type RevisionStamp } from './history-policy';

const now = new Date('2025-03-31T12:00:00.000Z');
const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
let n = 0;
const rev = (createdAt: string, reason: RevisionStamp['reason'] = 'auto'): RevisionStamp => ({ revision: ++n, createdAt, reason });
const keep = (revs: RevisionStamp[]) => [...revisionsToKeep(revs, now, utcDay)].sort((a, b) => a - b);

describe('revision pruning policy', () => {
  it('keeps every revision of the last 24 hours', () => {
    const revs = [rev(hoursAgo(23.9)), rev(hoursAgo(5)), rev(hoursAgo(1)), rev(hoursAgo(0.1))];
    expect(keep(revs)).toEqual(revs.map((r) => r.revision));
  });

  it('keeps the newest revision of each older day, for 30 days', () => {
    const day2a = rev('2025-03-29T08:00:00.000Z');
    const day2b = rev('2025-03-29T17:00:00.000Z');
    const day5 = rev('2025-03-26T10:00:00.000Z');
    const recent = rev(hoursAgo(2));
    expect(keep([day2a, day2b, day5, recent])).toEqual([day2b.revision, day5.revision, recent.revision].sort((a, b) => a - b));
  });

  it('drops automatic revisions older than 30 days, keeps ones saved on demand', () => {
    const old = rev('2025-02-01T10:00:00.000Z');
    const manual = rev('2025-01-15T10:00:00.000Z', 'manual');
    const recent = rev(hoursAgo(1));
    expect(keep([old, manual, recent])).toEqual([manual.revision, recent.revision]);
  });

  it('never empties a history: the newest is kept however old', () => {
    const only = rev('2024-01-01T00:00:00.000Z');
    expect(keep([only])).toEqual([only.revision]);
  });

  it('keeps revisions dated in the future (clock set back) rather than guessing', () => {
    const future = rev('2025-04-10T00:00:00.000Z');
    const old = rev('2024-01-01T00:00:00.000Z', 'export');
    expect(keep([future, old])).toEqual([future.revision]);
  });

  it('holds a day of autosaves every 5 minutes to one per day after that day', () => {
    const revs: RevisionStamp[] = [];
    for (let m = 0; m < 24 * 60; m += 5) revs.push(rev(new Date(Date.parse('2025-03-20T00:00:00.000Z') + m * 60_000).toISOString()));
    expect(keep(revs)).toEqual([revs.at(-1)?.revision]);
  });
});
