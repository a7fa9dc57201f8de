import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_SCHEMA_VERSION, SettingsSchema } from '../../shared/domain/settings-schema';
import { openSettingsStore } from '../settings-store';
import { removeDir, tempDir } from '../test-support';
import { migrateSettings, SETTINGS_MIGRATIONS } from './settings';

/** Settings as version 1 of the app stored them (conf writes tab-indented JSON). */
const v1Settings = (changes: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  layout: defaultSettings().layout,
  profiles: [
    {
      id: 'so-tttt',
      parentAgency: 'UBND TỈNH QUẢNG TRỊ',
      issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      agencyAbbr: 'STTTT',
      place: 'Quảng Trị',
      signers: [
        { prefix: 'KT.', authorityTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
        { prefix: '', authorityTitle: 'GIÁM ĐỐC', signerTitle: '', name: 'Lê Văn An' },
      ],
      usualRecipients: ['Sở Nội vụ'],
      archive: 'VP',
    },
  ],
  exportDir: '/home/van-thu/Văn bản',
  ...changes,
});
const V2_SIGNERS = [
  { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
  { authority: [], title: 'GIÁM ĐỐC', name: 'Lê Văn An' },
];

describe('settings migrations', () => {
  it('registers a step for every version below the current one', () => {
    expect([...SETTINGS_MIGRATIONS.keys()]).toEqual(Array.from({ length: SETTINGS_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('v1 → v2 gives profile signers the draft signature block, faithfully', () => {
    const old = v1Settings();
    const before = structuredClone(old);
    const { settings, fromVersion, migrated } = migrateSettings(old);
    expect({ fromVersion, migrated }).toEqual({ fromVersion: 1, migrated: true });
    const parsed = SettingsSchema.parse(settings);
    expect(parsed.profiles[0]?.signers).toEqual(V2_SIGNERS);
    // Everything but the signers and the version carries over.
    expect({ ...parsed, profiles: parsed.profiles.map((p) => ({ ...p, signers: [] })), schemaVersion: 1 }).toEqual({
      ...before,
      profiles: before.profiles.map((p) => ({ ...p, signers: [] })),
    });
    expect(old).toEqual(before);
  });

  it('takes settings without a schemaVersion as version 1 (it was only a default)', () => {
    const unversioned: Record<string, unknown> = v1Settings();
    delete unversioned.schemaVersion;
    expect(SettingsSchema.parse(migrateSettings(unversioned).settings).profiles[0]?.signers).toEqual(V2_SIGNERS);
  });
});

describe('an old settings file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });
  const clock = () => new Date('2025-04-01T10:00:00.000Z');
  const file = () => join(dir, 'settings.json');

  it('opens migrated, with the original kept byte for byte in migrated/ and a notice', async () => {
    const bytes = Buffer.from(`${JSON.stringify(v1Settings(), null, '\t')}\n`);
    await writeFile(file(), bytes);
    const store = openSettingsStore({ dir, clock });
    const settings = store.get();
    expect(settings.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    expect(settings.profiles[0]?.signers).toEqual(V2_SIGNERS);
    expect(settings.exportDir).toBe('/home/van-thu/Văn bản');
    const kept = await readdir(join(dir, 'migrated'));
    expect(kept).toEqual(['2025-04-01T10-00-00.000Z-settings.v1.json']);
    expect(await readFile(join(dir, 'migrated', kept[0] ?? ''))).toEqual(bytes);
    expect(store.notices()).toEqual([expect.stringContaining(join(dir, 'migrated', kept[0] ?? ''))]);
    expect(await readdir(dir)).not.toContain('quarantine');

    // The file on disk is now version 2: a second open changes nothing.
    expect(JSON.parse(await readFile(file(), 'utf8')).schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    const again = openSettingsStore({ dir, clock });
    expect(again.get()).toEqual(settings);
    expect(again.notices()).toEqual([]);
    expect(await readdir(join(dir, 'migrated'))).toHaveLength(1);
  });

  it('that is invalid in its own version is quarantined as before, not half-migrated', async () => {
    const bad = v1Settings({ layout: { ...defaultSettings().layout, margins: { top: 20, bottom: 20, left: 10, right: 15 } } });
    const bytes = Buffer.from(JSON.stringify(bad));
    await writeFile(file(), bytes);
    const store = openSettingsStore({ dir, clock });
    expect(store.get()).toEqual(defaultSettings());
    const [name] = await readdir(join(dir, 'quarantine'));
    expect(await readFile(join(dir, 'quarantine', name ?? ''))).toEqual(bytes);
    expect(await readdir(dir)).not.toContain('migrated');
  });
});
