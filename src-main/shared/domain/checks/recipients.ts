/**
 * Nơi nhận and Kính gửi (NĐ30 Phụ lục I II.9; docs/layout-rules.md §6, §9).
 *
 * The page writes the list's punctuation itself: each stored line prints as "- {line};", after
 * "- Như trên;" when the report has Kính gửi, and "- Lưu: VT, {archive}." closes the list. So a
 * line the clerk typed without ";" is fine, and a "." typed at its end is dropped. What the
 * checks report is what the page cannot mend:
 * - several recipients typed on one line ("Sở Nội vụ; Sở Tài chính"): one recipient per line;
 * - a line ending in "," before the next one: one recipient broken over two lines;
 * - a "Lưu: …" line typed among the recipients: it would print twice;
 * - no unit after "Lưu: VT," (the drafting unit NĐ30 asks for);
 * - "Như trên" with no Kính gửi (it stands for the Kính gửi recipients), or not first;
 * - a recipient already named in Kính gửi, or named twice.
 */
import type { Draft } from '../draft-schema';
import { foldVietnamese } from '../vn-fold';
import { mapListAt, valueAt } from './draft-edit';
import type { CheckFamily, FieldPath, Finding, Report } from './types';
import { shortQuote } from './walk';

/** A line as the page prints it: one space between words, no leading dash, no trailing ";", "." or ",". */
export function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•\s]+/u, '')
    .replace(/[\s;.,]+$/u, '');
}

const NHU_TREN = /^như trên$/iu;
const ARCHIVE_LINE = /^lưu\s*(?::|\s|$)/iu;
/** Separators between recipients typed on one line. */
const SEPARATOR = /\s*[;\n]\s*/u;

/** The recipients a line holds when several were typed on it, or null. */
export function splitLine(line: string): string[] | null {
  const parts = line.split(SEPARATOR).map(cleanLine).filter(Boolean);
  return parts.length > 1 ? parts : null;
}

const key = (line: string): string => foldVietnamese(cleanLine(line));

type ListName = 'recipients' | 'kinhGui';
const LIST_PATH: Readonly<Record<ListName, FieldPath>> = { recipients: ['noiNhan', 'recipients'], kinhGui: ['kinhGui'] };

/** A fix that replaces line `index` of a list by `fn(line)`, if the line still is `expected`. */
function editLine(list: ListName, index: number, expected: string, fn: (line: string) => string[]): (draft: Draft) => Draft {
  return (draft) => {
    const path = LIST_PATH[list];
    if (valueAt(draft, [...path, index]) !== expected) return draft;
    return mapListAt<string>(draft, path, (lines) => [...lines.slice(0, index), ...fn(expected), ...lines.slice(index + 1)]);
  };
}

function checkSplits(lines: readonly string[], list: ListName, label: string, report: Report): void {
  lines.forEach((line, i) => {
    const parts = splitLine(line);
    if (!parts) return;
    report({
      id: `recipients.severalOnOneLine`,
      severity: 'warning',
      field: [...LIST_PATH[list], i],
      message: `${label} (dòng ${i + 1}) ghi ${parts.length} nơi trên một dòng: ${shortQuote(line)}. Mỗi nơi nhận ghi một dòng riêng; dấu “;” ở cuối dòng được thêm khi in.`,
      fix: { label: `Tách thành ${parts.length} dòng`, apply: editLine(list, i, line, () => parts) },
    });
  });
}

function moveArchive(index: number, expected: string): (draft: Draft) => Draft {
  return (draft) => {
    if (draft.noiNhan.recipients[index] !== expected) return draft;
    const unit = cleanLine(expected).replace(ARCHIVE_LINE, '').replace(/^\s*VT\s*(?:,|$)\s*/iu, '').trim();
    const archive = draft.noiNhan.archive.trim();
    const merged = !unit || key(archive).includes(key(unit)) ? archive : archive ? `${archive}, ${unit}` : unit;
    const recipients = draft.noiNhan.recipients.filter((_, i) => i !== index);
    return { ...draft, noiNhan: { ...draft.noiNhan, recipients, archive: merged } };
  };
}

function checkNoiNhan(draft: Draft, report: Report): void {
  const { recipients, archive } = draft.noiNhan;
  const upward = draft.kinhGui.some((line) => cleanLine(line) !== '');
  const kinhGuiKeys = new Set(draft.kinhGui.map(key).filter(Boolean));
  const seen = new Set<string>();
  let archiveTyped = false;
  recipients.forEach((line, i) => {
    const text = cleanLine(line);
    const field = ['noiNhan', 'recipients', i];
    if (!text) return;
    const at = (finding: Omit<Finding, 'field'>) => report({ ...finding, field });
    if (ARCHIVE_LINE.test(text)) {
      archiveTyped = true;
      at({
        id: 'recipients.archiveInList',
        severity: 'error',
        message: `Dòng ${shortQuote(line)} nằm trong danh sách nơi nhận, nhưng dòng “- Lưu: VT, …” đã được in tự động ở cuối Nơi nhận, nên sẽ in hai lần. Hãy ghi đơn vị lưu vào ô “Lưu”.`,
        fix: { label: 'Chuyển sang ô “Lưu”', apply: moveArchive(i, line) },
      });
      return;
    }
    if (NHU_TREN.test(text)) {
      if (!upward) {
        at({
          id: 'recipients.asAboveWithoutKinhGui',
          severity: 'error',
          message: '“Như trên” chỉ những nơi ở phần “Kính gửi”, nhưng báo cáo không có “Kính gửi”. Hãy bỏ dòng “Như trên”, hoặc ghi nơi nhận vào “Kính gửi”.',
          fix: { label: 'Bỏ dòng “Như trên”', apply: editLine('recipients', i, line, () => []) },
        });
      } else if (i > 0) {
        at({
          id: 'recipients.asAboveNotFirst',
          severity: 'warning',
          message: '“Như trên” là dòng đầu tiên của Nơi nhận (Nghị định 30, Phụ lục I). Hãy đưa dòng này lên đầu.',
          fix: {
            label: 'Đưa lên đầu',
            apply: (d) => {
              if (d.noiNhan.recipients[i] !== line) return d;
              const rest = d.noiNhan.recipients.filter((_, j) => j !== i);
              return { ...d, noiNhan: { ...d.noiNhan, recipients: [line, ...rest] } };
            },
          },
        });
      }
      return;
    }
    const k = key(line);
    if (upward && kinhGuiKeys.has(k)) {
      at({
        id: 'recipients.repeatsKinhGui',
        severity: 'warning',
        message: `${shortQuote(text)} đã có ở phần “Kính gửi”; Nơi nhận ghi “- Như trên;” thay cho những nơi đó, nên không cần ghi lại.`,
        fix: { label: 'Bỏ dòng này', apply: editLine('recipients', i, line, () => []) },
      });
    } else if (seen.has(k)) {
      at({
        id: 'recipients.duplicate',
        severity: 'warning',
        message: `${shortQuote(text)} được ghi hai lần trong Nơi nhận.`,
        fix: { label: 'Bỏ dòng trùng', apply: editLine('recipients', i, line, () => []) },
      });
    }
    seen.add(k);
    const next = recipients[i + 1];
    if (/,\s*$/u.test(line) && next !== undefined && cleanLine(next) !== '') {
      at({
        id: 'recipients.brokenLine',
        severity: 'warning',
        message: `Dòng ${shortQuote(line)} kết thúc bằng dấu phẩy, có thể là một nơi nhận bị ngắt sang dòng sau; khi in mỗi dòng là một nơi, kết thúc bằng “;”. Nếu đúng là một nơi, hãy ghép hai dòng.`,
        fix: {
          label: 'Ghép với dòng sau',
          apply: (d) => {
            const lines = d.noiNhan.recipients;
            if (lines[i] !== line || lines[i + 1] !== next) return d;
            const joined = `${line.trimEnd()} ${next.replace(/^[-–+•\s]+/u, '')}`;
            return { ...d, noiNhan: { ...d.noiNhan, recipients: [...lines.slice(0, i), joined, ...lines.slice(i + 2)] } };
          },
        },
      });
    }
  });
  checkSplits(recipients, 'recipients', 'Nơi nhận', report);
  if (!archiveTyped && cleanLine(archive).replace(/^VT\b\s*,?\s*/iu, '') === '') {
    report({
      id: 'recipients.noArchiveUnit',
      severity: 'warning',
      field: ['noiNhan', 'archive'],
      message: 'Dòng cuối Nơi nhận sẽ chỉ in “- Lưu: VT.”. Theo Nghị định 30, sau “VT,” ghi chữ viết tắt đơn vị soạn thảo (và số bản lưu nếu cần), ví dụ “- Lưu: VT, VP.”. Hãy nhập đơn vị vào ô “Lưu”.',
    });
  }
}

/** Nơi nhận, Lưu and Kính gửi lines. */
export const recipients: CheckFamily = {
  family: 'recipients',
  create: () => ({
    draft(draft, report) {
      checkNoiNhan(draft, report);
      checkSplits(draft.kinhGui, 'kinhGui', 'Kính gửi', report);
    },
  }),
};
