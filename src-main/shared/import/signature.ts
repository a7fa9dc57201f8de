/**
 * The signature area (ô 7, 9b, 12) from its printed lines, however it is laid out: a two-column
 * table (also nested in another table's cell), columns set with tabs in one paragraph, or plain
 * paragraphs. The left side holds "Nơi nhận:" and its "- …;" items (the first item may share the
 * label's line, an item may wrap onto a line of its own) and the Lưu line with ô 12; the right
 * side holds the authority lines (TM., KT., TL., TUQ., Q.), the signer's titles and the name.
 */
import type { AuthorityLine, Signer } from '../domain/draft-schema';
import { signerProblems } from '../domain/signer-rules';
import { afterNoiNhan, authorityOf, bulletOf, isNoiNhan, luuOf } from './patterns';
import { toCaps } from '../layout/caps';
import { isCaps, isRuleOrBlank, showsCaps, squash, typedTail } from './text';
import type { ZoneLine } from './zone-lines';

export interface SignatureFacts {
  recipients: string[];
  archive: string;
  drafter: { code: string; copies: number | null };
  signer: Signer;
  noiNhanLabel: ZoneLine | null;
  recipientLines: ZoneLine[];
  signerLines: ZoneLine[];
  /** Authority lines NĐ30 does not combine, kept as text of the title (reported). */
  dropped: string[];
  leftover: ZoneLine[];
  found: boolean;
}

/** Notes in place of the signature ("(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)", "[daky]"). */
const isSignatureNote = (text: string) => /^[([{].*[)\]}]$/u.test(text) || /^(đã ký|da ky|ký tên|chữ ký)/iu.test(text);

/**
 * "VT, VP. PL.(300)." → archive "VP" and ô 12 "PL" / 300. `typed` is the same text as stored
 * (the layout prints the drafter code in capitals itself: one set in "All caps" keeps its case).
 */
export function parseLuu(text: string, typed = text): { archive: string; drafter: { code: string; copies: number | null } } {
  let rest = squash(text).replace(/[\s.;]+$/u, '');
  const restTyped = squash(typed).slice(0, rest.length);
  let drafter: { code: string; copies: number | null } = { code: '', copies: null };
  const mark = /(?:^|[.;]\s*)([A-ZĐ][A-ZĐ0-9]{0,9})\.?\s*\((\d{1,7})\)$/u.exec(rest);
  if (mark && mark.index > 0) {
    const code = mark[1] ?? '';
    const at = mark.index + mark[0].indexOf(code);
    const stored = restTyped.length === rest.length ? restTyped.slice(at, at + code.length) : code;
    drafter = { code: toCaps(stored) === code ? stored : code, copies: Number(mark[2]) };
    rest = rest.slice(0, mark.index).replace(/[\s.;]+$/u, '');
  }
  const archive = rest.replace(/^VT\s*[,.]?\s*/u, '').replace(/[\s.;,]+$/u, '');
  return { archive, drafter };
}

/** A recipient item with its marker and list punctuation taken off. */
const cleanItem = (text: string) => squash(text).replace(/^[-–—•+*]\s*/u, '').replace(/[\s;.,]+$/u, '');

/** Recognises the signature area among `lines`. */
export function recogniseSignature(lines: readonly ZoneLine[]): SignatureFacts {
  const facts: SignatureFacts = {
    recipients: [],
    archive: '',
    drafter: { code: '', copies: null },
    signer: { authority: [], title: '', name: '' },
    noiNhanLabel: null,
    recipientLines: [],
    signerLines: [],
    dropped: [],
    leftover: [],
    found: false,
  };
  const labelAt = lines.findIndex((l) => isNoiNhan(l.text));
  const labelLine = labelAt >= 0 ? lines[labelAt] : undefined;
  // The Nơi nhận side: the label's side, or the left.
  const leftSide = labelLine && labelLine.side !== 'any' ? labelLine.side : 'left';
  const left: ZoneLine[] = [];
  const right: ZoneLine[] = [];
  lines.forEach((line, i) => {
    const text = squash(line.text);
    if (isRuleOrBlank(text)) return;
    const itemLike = isNoiNhan(text) || bulletOf(text) !== null || luuOf(text) !== null;
    if (line.side === leftSide) left.push(line);
    else if (line.side !== 'any') right.push(line);
    // Plain paragraphs: the list runs from the label to its Lưu line; the rest is the signature.
    else if (labelAt >= 0 && i >= labelAt && (itemLike || (left.length > 0 && !showsCaps(line) && !luuOfLast(left)))) left.push(line);
    else right.push(line);
  });

  // Nơi nhận and its list.
  let inList = false;
  for (const line of left) {
    const text = squash(line.text);
    if (isNoiNhan(text)) {
      facts.noiNhanLabel = line;
      inList = true;
      const first = afterNoiNhan(text);
      if (first) {
        const luu = luuOf(first);
        if (luu !== null) Object.assign(facts, parseLuu(luu, typedTail(luu, line.text, line.typed)));
        else facts.recipients.push(cleanItem(first));
        facts.recipientLines.push(line);
      }
      continue;
    }
    if (!inList) {
      facts.leftover.push(line);
      continue;
    }
    const luu = luuOf(text);
    if (luu !== null) {
      Object.assign(facts, parseLuu(luu, typedTail(luu, line.text, line.typed)));
      facts.recipientLines.push(line);
      continue;
    }
    const bullet = bulletOf(text) ?? (line.para.numbering?.bullet ? { marker: '-', rest: text } : null);
    const previous = facts.recipientLines[facts.recipientLines.length - 1];
    if (!bullet && facts.recipients.length > 0 && previous && !/[;.]$/u.test(squash(previous.text))) {
      // An item wrapping onto a paragraph of its own.
      facts.recipients[facts.recipients.length - 1] = cleanItem(`${facts.recipients[facts.recipients.length - 1]} ${text}`);
    } else facts.recipients.push(cleanItem(bullet ? bullet.rest : text));
    facts.recipientLines.push(line);
  }

  // The signer: authority lines, titles in capitals, then the name.
  const signer = right.filter((l) => !isSignatureNote(squash(l.text)));
  const authority: AuthorityLine[] = [];
  const titles: string[] = [];
  let name = '';
  signer.forEach((line, i) => {
    const text = squash(line.text);
    const isLast = i === signer.length - 1;
    const auth = authorityOf(text);
    if (auth && titles.length === 0 && !name) {
      // The layout prints authority lines and titles in capitals: their letters as stored.
      authority.push({ prefix: auth.prefix, title: typedTail(auth.title, line.text, line.typed) });
      facts.signerLines.push(line);
      return;
    }
    if (isLast && (!showsCaps(line) || authority.length + titles.length > 0)) {
      name = text;
      facts.signerLines.push(line);
      return;
    }
    if (showsCaps(line) || isCaps(text)) {
      titles.push(squash(line.typed));
      facts.signerLines.push(line);
      return;
    }
    facts.leftover.push(line);
  });
  // NĐ30 combines at most two authority lines in a given order; the rest is read as titles.
  while (authority.length > 0 && signerProblems(authority).length > 0) {
    const extra = authority.pop();
    if (extra) {
      facts.dropped.push(`${extra.prefix} ${extra.title}`);
      titles.unshift(`${extra.prefix} ${extra.title}`);
    }
  }
  facts.signer = { authority, title: titles.join('\n'), name };
  facts.found = facts.noiNhanLabel !== null || authority.length > 0 || name !== '';
  return facts;
}

function luuOfLast(lines: readonly ZoneLine[]): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && luuOf(last.text) !== null;
}
