/**
 * Settings format 1 → 2: the signers of each agency profile take the draft's version 2 signature
 * block, reshaped by the same function as drafts so a profile fills in what it printed before.
 */
import type { MigrationStep, RawDraft } from './index';
import { migrateSigner } from './v1-to-v2';

/** The v1 → v2 settings step: every profile's signers reshaped, schemaVersion 2. */
export const migrateSettingsV1ToV2: MigrationStep = (settings: RawDraft): RawDraft => {
  const profiles = Array.isArray(settings.profiles)
    ? settings.profiles.map((profile: unknown) => {
        if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) return profile;
        const { signers } = profile as { signers?: unknown };
        return Array.isArray(signers) ? { ...profile, signers: signers.map(migrateSigner) } : profile;
      })
    : settings.profiles;
  return { ...settings, ...(profiles === undefined ? {} : { profiles }), schemaVersion: 2 };
};
