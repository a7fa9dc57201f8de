/**
 * Draft format migrations: one pure step per version, `n` → `n + 1`, chained up to the current
 * DRAFT_SCHEMA_VERSION. A step never touches the disk; the repository keeps the pre-migration file.
 */
import { DRAFT_SCHEMA_VERSION } from '../../shared/domain/draft-schema';
import { migrateV1ToV2 } from './v1-to-v2';

/** A stored draft as plain JSON, before validation. */
export type RawDraft = Record<string, unknown>;

/** Turns a draft of version `n` into one of version `n + 1`; pure, and it sets the new schemaVersion. */
export type MigrationStep = (draft: RawDraft) => RawDraft;

/** Steps keyed by the version they start from, one file each. */
export const DRAFT_MIGRATIONS: ReadonlyMap<number, MigrationStep> = new Map([[1, migrateV1ToV2]]);

/** Why a draft could not be brought to the current version. */
export class MigrationError extends Error {
  constructor(
    readonly reason: 'newer-version' | 'missing-step' | 'bad-version',
    readonly fromVersion: number,
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The schemaVersion a stored draft claims; a draft without one predates versioning and counts as 0. */
export function storedVersion(draft: RawDraft): number {
  const version = draft.schemaVersion;
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError('bad-version', -1, `schemaVersion không hợp lệ: ${JSON.stringify(version)}`);
  }
  return version;
}

/** Result of `migrateDraft`: the (possibly new) JSON and the version it started from. */
export interface MigrationResult {
  draft: RawDraft;
  fromVersion: number;
  migrated: boolean;
}

/** Runs every step from the draft's version up to `target`; throws MigrationError for newer or gapped versions. */
export function migrateDraft(
  draft: RawDraft,
  steps: ReadonlyMap<number, MigrationStep> = DRAFT_MIGRATIONS,
  target: number = DRAFT_SCHEMA_VERSION,
): MigrationResult {
  const fromVersion = storedVersion(draft);
  if (fromVersion > target) {
    throw new MigrationError('newer-version', fromVersion, `Phiên bản ${fromVersion} mới hơn phiên bản hỗ trợ ${target}`);
  }
  let current = draft;
  for (let version = fromVersion; version < target; version++) {
    const step = steps.get(version);
    if (!step) {
      throw new MigrationError('missing-step', fromVersion, `Không có bước chuyển đổi từ phiên bản ${version}`);
    }
    // structuredClone keeps a careless step from mutating the caller's copy (the pre-migration evidence).
    current = step(structuredClone(current));
    if (storedVersion(current) !== version + 1) {
      throw new MigrationError('bad-version', fromVersion, `Bước chuyển đổi ${version} không đặt schemaVersion ${version + 1}`);
    }
  }
  return { draft: current, fromVersion, migrated: fromVersion !== target };
}
