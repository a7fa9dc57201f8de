/**
 * The on-disk layout of index.json: each entry as a row (an array) instead of an object. With
 * 10,000 drafts that is a third smaller and parses three to five times faster, which is most of
 * a cold start's list(). Rows are checked by hand: zod over 10,000 of them costs tens of ms.
 */
import { INDEX_VERSION, type DraftIndexData, type FolderStamp, type IndexEntry } from './draft-index';

/** [id, title, issuingAgency, kyHieu, status, createdAt, updatedAt, year, size, mtimeMs, ino, deletedAt?] */
type Row = [string, string, string, string, 'draft' | 'final', string, string, number, number, number, number, string?];

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function toRow(e: IndexEntry): Row {
  const row: Row = [e.id, e.title, e.issuingAgency, e.kyHieu, e.status, e.createdAt, e.updatedAt, e.year, e.stamp.size, e.stamp.mtimeMs, e.stamp.ino];
  if (e.deletedAt !== undefined) row.push(e.deletedAt);
  return row;
}

function fromRow(value: unknown): IndexEntry | undefined {
  if (!Array.isArray(value) || value.length < 11 || value.length > 12) return undefined;
  // Indexed reads, not destructuring: array destructuring goes through the iterator protocol.
  const row = value as unknown[];
  const id = row[0], title = row[1], issuingAgency = row[2], kyHieu = row[3], status = row[4], createdAt = row[5];
  const updatedAt = row[6], year = row[7], size = row[8], mtimeMs = row[9], ino = row[10], deletedAt = row[11];
  if (!isStr(id) || !isStr(title) || !isStr(issuingAgency) || !isStr(kyHieu) || (status !== 'draft' && status !== 'final')) return undefined;
  if (!isStr(createdAt) || !isStr(updatedAt) || !isNum(year) || !isNum(size) || !isNum(mtimeMs) || !isNum(ino)) return undefined;
  if (deletedAt !== undefined && !isStr(deletedAt)) return undefined;
  const entry: IndexEntry = { id, title, issuingAgency, kyHieu, status, createdAt, updatedAt, year, stamp: { size, mtimeMs, ino } };
  if (deletedAt !== undefined) entry.deletedAt = deletedAt;
  return entry;
}

/** What is written for the in-memory index. */
export function encodeIndex(data: DraftIndexData): unknown {
  return {
    indexVersion: INDEX_VERSION,
    ...(data.folders && { folders: data.folders }),
    drafts: Object.values(data.drafts).map(toRow),
    trash: Object.values(data.trash).map(toRow),
  };
}

/** The in-memory index of a parsed file, or undefined when it is of another version or damaged. */
export function decodeIndex(value: unknown): DraftIndexData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.indexVersion !== INDEX_VERSION || !Array.isArray(v.drafts) || !Array.isArray(v.trash)) return undefined;
  const data: DraftIndexData = { indexVersion: INDEX_VERSION, drafts: {}, trash: {} };
  for (const shelf of ['drafts', 'trash'] as const) {
    for (const row of v[shelf] as unknown[]) {
      const entry = fromRow(row);
      if (!entry) return undefined;
      data[shelf][entry.id] = entry;
    }
  }
  if (v.folders !== undefined) {
    const folders = v.folders as Record<string, unknown> | null;
    if (typeof folders !== 'object' || folders === null) return undefined;
    const drafts = folderStamp(folders.drafts);
    const trash = folderStamp(folders.trash);
    if (drafts === null || trash === null) return undefined;
    data.folders = { ...(drafts && { drafts }), ...(trash && { trash }) };
  }
  return data;
}

/** A recorded folder stamp, undefined when absent, null when malformed. */
function folderStamp(value: unknown): FolderStamp | undefined | null {
  if (value === undefined) return undefined;
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || !isNum(v.mtimeMs) || !isNum(v.count)) return null;
  return { mtimeMs: v.mtimeMs, count: v.count };
}
