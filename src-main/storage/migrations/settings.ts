/**
 * Settings format migrations, in the same stepwise way as drafts: one pure step per version, and
 * the settings file as it was kept byte for byte in `migrated/` before it is rewritten.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SETTINGS_SCHEMA_VERSION, SettingsSchema } from '../../shared/domain/settings-schema';
import { tempPathFor } from '../durable-write';
import { isNotFound } from '../fs-layer';
import { fileStamp, fsyncDirSync } from '../quarantine';
import { migrateDraft, type MigrationStep, type RawDraft } from './index';
import { migrateSettingsV1ToV2 } from './settings-v1-to-v2';

/** Settings steps keyed by the version they start from. */
export const SETTINGS_MIGRATIONS: ReadonlyMap<number, MigrationStep> = new Map([[1, migrateSettingsV1ToV2]]);

/**
 * Brings stored settings to the current version. Version 1 wrote its schemaVersion only as a
 * default, so settings without one are version 1. Throws MigrationError like migrateDraft.
 */
export function migrateSettings(
  raw: RawDraft,
  steps: ReadonlyMap<number, MigrationStep> = SETTINGS_MIGRATIONS,
): { settings: RawDraft; fromVersion: number; migrated: boolean } {
  const versioned = raw.schemaVersion === undefined ? { ...raw, schemaVersion: 1 } : raw;
  const { draft, fromVersion, migrated } = migrateDraft(versioned, steps, SETTINGS_SCHEMA_VERSION);
  return { settings: draft, fromVersion, migrated };
}

function writeDurablySync(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Migrates the settings file at `path` in place when it is an older version, keeping the original
 * in `migratedDir` first (so a crash leaves at least one of them); answers the Vietnamese notice,
 * or undefined when there was nothing to do. A file that is missing, unreadable as JSON, newer, or
 * not valid once migrated is left exactly as it is, for the caller's checks to report.
 */
export function migrateSettingsFile(path: string, migratedDir: string, at: Date): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  let result;
  try {
    const raw: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    result = migrateSettings(raw as RawDraft);
  } catch {
    return undefined;
  }
  if (!result.migrated) return undefined;
  const parsed = SettingsSchema.safeParse(result.settings);
  if (!parsed.success) return undefined;

  if (mkdirSync(migratedDir, { recursive: true }) !== undefined) fsyncDirSync(dirname(migratedDir));
  let copy = '';
  for (let attempt = 1; ; attempt++) {
    copy = join(migratedDir, `${fileStamp(at)}-${attempt === 1 ? '' : `${attempt}-`}settings.v${result.fromVersion}.json`);
    if (!statSync(copy, { throwIfNoEntry: false })) break;
  }
  writeDurablySync(copy, bytes);
  fsyncDirSync(migratedDir);
  const temp = tempPathFor(path);
  writeDurablySync(temp, Buffer.from(`${JSON.stringify(parsed.data, null, '\t')}\n`));
  renameSync(temp, path);
  fsyncDirSync(dirname(path));
  return `Cài đặt được chuyển từ định dạng phiên bản ${result.fromVersion} sang phiên bản ${SETTINGS_SCHEMA_VERSION}; bản gốc được giữ tại "${copy}".`;
}
