/**
 * Draft format 1 → 2. Version 2 holds the signature block as ordered authority lines, a blank
 * month, row spans, landscape appendices, headings without a number and a Phần level; of these
 * only the signer changes shape, the rest are new fields whose defaults give version 1's print.
 *
 * The step keeps what a version 1 draft printed: the v1 rules are frozen here, not imported,
 * because the current printing code may change after this step is written.
 */
import type { MigrationStep, RawDraft } from './index';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const caps = (value: string) => value.trim().toLocaleUpperCase('vi');

/**
 * Version 1 `{ prefix, authorityTitle, signerTitle, name }` printed "prefix authorityTitle" as
 * one line, then signerTitle when it differed from authorityTitle; with no prefix, authorityTitle
 * alone was the first line. Version 2: the prefixed line is an authority line, what printed
 * below it is the signer's title; with no prefix the printed titles become the title (two lines
 * joined by "\n" in the rare block that printed both). A value v1 would have refused (an unknown
 * prefix) is carried over as it is, so validation still names it.
 */
export function migrateSigner(signer: unknown): unknown {
  if (!isObject(signer) || !('prefix' in signer || 'authorityTitle' in signer || 'signerTitle' in signer)) return signer;
  const { prefix, authorityTitle, signerTitle, ...rest } = signer;
  const authority = text(authorityTitle);
  const own = text(signerTitle);
  const ownDiffers = own.trim() !== '' && caps(own) !== caps(authority);
  if (prefix !== '') {
    // The v2 printer leaves out a title equal to the last authority title, as v1 did.
    return { ...rest, authority: [{ prefix, title: authorityTitle }], title: own };
  }
  const titles = [authority, ownDiffers ? own : ''].filter((line) => line.trim() !== '');
  return { ...rest, authority: [], title: titles.length > 1 ? titles.map((t) => t.trim()).join('\n') : (titles[0] ?? '') };
}

/**
 * Version 1 printed an override as its bare number plus the level's punctuation ("a)" at a khoản
 * level printed "a."); version 2 prints one ending in "." or ")" as typed. Overrides that would
 * now print otherwise are rewritten to what version 1 printed.
 */
function migrateOverrides(sections: unknown, lettersFrom: number, depth = 0): void {
  if (!Array.isArray(sections)) return;
  for (const section of sections) {
    if (!isObject(section)) continue;
    const override = section.numberOverride;
    if (typeof override === 'string' && override !== '') {
      const typed = override.trim();
      const printed = `${typed.replace(/[.)]+$/u, '')}${depth >= lettersFrom ? ')' : '.'}`;
      if ((typed === '' || /[.)]$/u.test(typed)) && typed !== printed) section.numberOverride = printed;
    }
    migrateOverrides(section.children, lettersFrom, depth + 1);
  }
}

/** The v1 → v2 step: reshape the signer, keep every printed heading number, set schemaVersion 2. */
export const migrateV1ToV2: MigrationStep = (input: RawDraft): RawDraft => {
  const draft = structuredClone(input);
  // v1 numbered I. / 1. / a) from a Roman start and 1. / a) from an Arabic one (any other value is left to validation).
  const lettersFrom = draft.outlineStart === 'arabic' ? 1 : 2;
  migrateOverrides(draft.sections, lettersFrom);
  if (Array.isArray(draft.appendices)) {
    for (const appendix of draft.appendices) if (isObject(appendix)) migrateOverrides(appendix.sections, lettersFrom);
  }
  return { ...draft, ...('signer' in draft ? { signer: migrateSigner(draft.signer) } : {}), schemaVersion: 2 };
};
