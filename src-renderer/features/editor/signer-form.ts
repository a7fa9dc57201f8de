/**
 * The editor's form of a signature block: a main authority line (the prefix right above the
 * signer's own title, or none), and optionally one line above it ("TM. ỦY BAN NHÂN DÂN" above
 * "KT. CHỦ TỊCH"). Every choice it offers is one the NĐ30 rules of signer-rules.ts accept.
 */
import type { AuthorityLine, AuthorityPrefix, Signer } from '@shared/domain/draft-schema';
import { AUTHORITY_PREFIX_NAMES, prefixesAllowedAbove, prefixesAllowedBelow } from '@shared/domain/signer-rules';

/** The main prefix, or '' for a head signing in their own name. */
export type MainPrefix = AuthorityPrefix | '';

/** The authority line right above the signer's title, if any. */
export function mainLine(signer: Signer): AuthorityLine | undefined {
  return signer.authority.at(-1);
}

/** The line above the main one, if the block has two. */
export function upperLine(signer: Signer): AuthorityLine | undefined {
  return signer.authority.length > 1 ? signer.authority[0] : undefined;
}

/** "KT. (ký thay)", or "(không)" for no prefix: how a prefix is offered. */
export function prefixLabel(prefix: MainPrefix): string {
  return prefix === '' ? '(không)' : `${prefix} (${AUTHORITY_PREFIX_NAMES[prefix]})`;
}

/** The main prefixes the block may take: any (or none) alone, only those allowed below an upper line. */
export function mainPrefixOptions(signer: Signer): MainPrefix[] {
  const upper = upperLine(signer);
  return upper ? prefixesAllowedBelow(upper.prefix) : ['', ...prefixesAllowedBelow(undefined)];
}

/** The prefixes a line above the main one may take (TM. or TL. above KT.). */
export function upperPrefixOptions(signer: Signer): AuthorityPrefix[] {
  const main = mainLine(signer);
  return main ? prefixesAllowedAbove(main.prefix) : [];
}

/** A prefix as a drop-down offers it: the value and its label. */
export interface PrefixChoice<P extends MainPrefix> {
  value: P;
  label: string;
}

const choices = <P extends MainPrefix>(prefixes: readonly P[]): PrefixChoice<P>[] => prefixes.map((value) => ({ value, label: prefixLabel(value) }));

/** The main prefixes the block may take, labelled for a drop-down. */
export function mainPrefixChoices(signer: Signer): PrefixChoice<MainPrefix>[] {
  return choices(mainPrefixOptions(signer));
}

/** The prefixes a line above the main one may take, labelled for a drop-down. */
export function upperPrefixChoices(signer: Signer): PrefixChoice<AuthorityPrefix>[] {
  return choices(upperPrefixOptions(signer));
}

/** True when "Thêm dòng thẩm quyền" may add a line above the main one. */
export function canAddUpper(signer: Signer): boolean {
  return signer.authority.length === 1 && upperPrefixOptions(signer).length > 0;
}

const withMain = (signer: Signer, main: AuthorityLine): Signer => ({ ...signer, authority: [...signer.authority.slice(0, -1), main] });

/**
 * Sets the main prefix. No prefix drops the authority lines; the head's title they named becomes
 * the signer's title when that is empty, so "KT. GIÁM ĐỐC" → none still prints "GIÁM ĐỐC".
 */
export function setMainPrefix(signer: Signer, prefix: MainPrefix): Signer {
  const main = mainLine(signer);
  if (prefix === '') return { ...signer, authority: [], title: signer.title.trim() ? signer.title : (main?.title ?? '') };
  return main ? withMain(signer, { ...main, prefix }) : { ...signer, authority: [{ prefix, title: '' }] };
}

/** Sets the title after the main prefix (the head's title or the collective's name). */
export function setMainTitle(signer: Signer, title: string): Signer {
  const main = mainLine(signer);
  return main ? withMain(signer, { ...main, title }) : signer;
}

/** Adds a line above the main one, with the first prefix allowed there. */
export function addUpper(signer: Signer): Signer {
  const main = mainLine(signer);
  const prefix = upperPrefixOptions(signer)[0];
  if (!main || prefix === undefined || !canAddUpper(signer)) return signer;
  return { ...signer, authority: [{ prefix, title: '' }, main] };
}

/** Changes the line above the main one. */
export function setUpper(signer: Signer, patch: Partial<AuthorityLine>): Signer {
  const [upper, main] = signer.authority;
  if (!upper || !main || signer.authority.length !== 2) return signer;
  return { ...signer, authority: [{ ...upper, ...patch }, main] };
}

/** Removes the line above the main one. */
export function removeUpper(signer: Signer): Signer {
  const main = mainLine(signer);
  return main ? { ...signer, authority: [main] } : signer;
}
