/**
 * Child of backup-restore.test.ts: restores the backup at argv[2] into a fresh data folder at
 * argv[3] and prints one JSON line with the outcome and the process's peak memory (so the test
 * measures the restore alone, not the test runner).
 */
import { restoreBackup } from './backup-restore';
import { openDraftRepository } from './draft-repository';
import { openHistoryStore } from './history';

async function main(zip: string, dataDir: string): Promise<void> {
  const history = openHistoryStore({ dataDir });
  const drafts = await openDraftRepository({ dataDir });
  let outcome: { imported?: number; message?: string };
  try {
    const { imported } = await restoreBackup(zip, { drafts, history, newId: () => `r-${Math.random().toString(36).slice(2, 12)}`, clock: () => new Date() });
    outcome = { imported: imported.length };
  } catch (error) {
    outcome = { message: error instanceof Error ? error.message : String(error) };
  }
  await drafts.flush();
  // maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ ...outcome, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

const [zip, dataDir] = process.argv.slice(2);
if (!zip || !dataDir) throw new Error('usage: backup-bomb.child <zip> <dataDir>');
void main(zip, dataDir);
