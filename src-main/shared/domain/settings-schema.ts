/** User settings: agency profiles and layout preferences. No draft content lives here. */
import { z } from 'zod';
import { SignerSchema } from './draft-schema';
import { LIST_LIMITS, listWithin as listOf, TEXT_LIMITS, textWithin as text } from './limits';

/** Current version of the stored settings; bump it with a step in storage/migrations/settings.ts. */
export const SETTINGS_SCHEMA_VERSION = 2;

/** Margins in millimetres, limited to the ranges of NĐ30 Phụ lục I I.3. */
export const MARGIN_RANGES_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;

/** Vietnamese names of the sides, for messages the clerk reads. */
const SIDE_NAMES: Record<keyof typeof MARGIN_RANGES_MM, string> = {
  top: 'trên',
  bottom: 'dưới',
  left: 'trái',
  right: 'phải',
};

const margin = (side: keyof typeof MARGIN_RANGES_MM) => {
  const [min, max] = MARGIN_RANGES_MM[side];
  const message = `Lề ${SIDE_NAMES[side]} phải từ ${min} đến ${max} mm (Nghị định 30/2020/NĐ-CP)`;
  return z.number().min(min, message).max(max, message);
};

export const LayoutSchema = z.object({
  /** Preset 14 (large) or 13 (small) of the size table, docs/layout-rules.md §2.2. */
  sizePreset: z.union([z.literal(13), z.literal(14)]).default(14),
  margins: z
    .object({ top: margin('top'), bottom: margin('bottom'), left: margin('left'), right: margin('right') })
    .default({ top: 20, bottom: 20, left: 30, right: 15 }),
  /** First-line indent in cm: 1 or 1.27. */
  firstLineIndentCm: z.union([z.literal(1), z.literal(1.27)]).default(1),
  /** Line spacing from single (1) to 1.5. */
  lineSpacing: z.number().min(1).max(1.5).default(1),
  /** Whether "I." and "1." headings take the first-line indent like body text. */
  indentHeadings: z.boolean().default(true),
  /** Space before each body paragraph in points; NĐ30 asks for at least 6 pt (Mẫu 1.4 uses 6). */
  paragraphSpacingPt: z.number().min(6).max(12).default(6),
  /** Blank lines left for the signature and seal between the signer's title and name (docs/layout-rules.md §8.2: 3–5). */
  signatureGapLines: z.number().int().min(3).max(5).default(4),
  /** Thickness of the short rules under the agency name, tiêu ngữ and trích yếu (docs/layout-rules.md §4.2: 0.5–0.75 pt). */
  ruleWeightPt: z.union([z.literal(0.5), z.literal(0.75)]).default(0.75),
});

/** A signer kept in an agency profile: exactly the draft's signature block, NĐ30 rules included. */
export const SignerProfileSchema = SignerSchema;

export const AgencyProfileSchema = z.object({
  id: text(TEXT_LIMITS.profileId).min(1),
  parentAgency: text(TEXT_LIMITS.parentAgency),
  issuingAgency: text(TEXT_LIMITS.issuingAgency),
  agencyAbbr: text(TEXT_LIMITS.agencyAbbr),
  place: text(TEXT_LIMITS.place),
  signers: listOf(SignerProfileSchema, LIST_LIMITS.profileSigners).default([]),
  usualRecipients: listOf(text(TEXT_LIMITS.recipient), LIST_LIMITS.recipients).default([]),
  archive: text(TEXT_LIMITS.archive).default(''),
});

export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  layout: LayoutSchema.default(LayoutSchema.parse({})),
  profiles: listOf(AgencyProfileSchema, LIST_LIMITS.profiles).default([]),
  /** Folder last used for export; empty means the user's documents folder. */
  exportDir: text(TEXT_LIMITS.folder).default(''),
});

export type Layout = z.infer<typeof LayoutSchema>;
export type AgencyProfile = z.infer<typeof AgencyProfileSchema>;
export type SignerProfile = z.infer<typeof SignerProfileSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings with every default filled in. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
