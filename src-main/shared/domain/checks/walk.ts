/**
 * The one walk over a draft that every check shares: each text, block and section is met once,
 * in reading order, with its path and a Vietnamese name of where it sits.
 */
import type { Block, Draft, Inline, Section } from '../draft-schema';
import { toRoman } from '../numbering';
import { kindAtDepth } from '../outline';
import type { CheckHooks, ContentScope, FieldPath, Report, TextRole } from './types';

/** A section title short enough to name a place in a message. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

/** "Phụ lục I" among several, "Phụ lục" alone, as the page prints it. */
export function appendixName(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
}

const sectionName = (section: Section): string => (section.title.trim() ? `mục ${shortQuote(section.title)}` : 'mục chưa có tiêu đề');

interface Walker {
  hooks: CheckHooks;
  report: Report;
}

function emit(w: Walker, role: TextRole, field: FieldPath, text: string, parts: readonly FieldPath[], partTexts: readonly string[], where: string): void {
  w.hooks.text?.({ role, field, text, parts, partTexts, where }, w.report);
}

function field(w: Walker, path: FieldPath, text: string, where: string, role: TextRole = 'field'): void {
  emit(w, role, path, text, [path], [text], where);
}

/** Inline content: one item for its text runs, one per footnote body. */
function inline(w: Walker, content: readonly Inline[], base: FieldPath, role: TextRole, jump: FieldPath, where: string): void {
  const parts: FieldPath[] = [];
  const texts: string[] = [];
  content.forEach((run, i) => {
    if (run.type === 'text') {
      texts.push(run.text);
      parts.push([...base, i, 'text']);
      return;
    }
    const notes = run.content.map((_, j) => [...base, i, 'content', j, 'text'] as FieldPath);
    const noteTexts = run.content.map((r) => r.text);
    emit(w, 'footnote', jump, noteTexts.join(''), notes, noteTexts, `Chú thích của ${lowerFirst(where)}`);
  });
  emit(w, role, jump, texts.join(''), parts, texts, where);
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function block(w: Walker, b: Block, path: FieldPath, next: Block | undefined, scope: ContentScope, place: string): void {
  const where = b.type === 'paragraph' ? `Đoạn văn ở ${place}` : b.type === 'bullet' ? `Dòng “${b.marker}” ở ${place}` : `Bảng ở ${place}`;
  w.hooks.block?.({ block: b, field: path, scope, next, where }, w.report);
  if (b.type !== 'table') {
    inline(w, b.content, [...path, 'content'], b.type, path, where);
    return;
  }
  if (b.caption !== undefined) field(w, [...path, 'caption'], b.caption, `Tên bảng ở ${place}`, 'caption');
  b.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const at = [...path, 'rows', r, 'cells', c];
      const parts: FieldPath[] = [];
      const texts: string[] = [];
      const lines: string[] = [];
      cell.paragraphs.forEach((paragraph, p) => {
        let line = '';
        paragraph.forEach((run, k) => {
          if (run.type !== 'text') return;
          line += run.text;
          texts.push(run.text);
          parts.push([...at, 'paragraphs', p, k, 'text']);
        });
        lines.push(line);
      });
      emit(w, 'cell', at, lines.join('\n'), parts, texts, `Ô (hàng ${r + 1}, cột ${c + 1}) của bảng ở ${place}`);
    });
  });
}

function blocks(w: Walker, list: readonly Block[], base: FieldPath, scope: ContentScope, place: string): void {
  list.forEach((b, i) => block(w, b, [...base, i], list[i + 1], scope, place));
}

function sections(w: Walker, list: readonly Section[], base: FieldPath, depth: number, scope: ContentScope, draft: Draft, prefix: string): void {
  list.forEach((section, i) => {
    const path = [...base, i];
    const kind = kindAtDepth(draft.outlineStart, depth, scope.kind === 'main' ? draft.partStyle : 'none');
    w.hooks.section?.({ section, field: path, scope, depth, inlineLevel: kind === 'arabic' || kind === 'letter' }, w.report);
    const place = `${sectionName(section)}${prefix}`;
    field(w, [...path, 'title'], section.title, `Tiêu đề ${place}`, 'heading');
    blocks(w, section.blocks, [...path, 'blocks'], scope, place);
    sections(w, section.children, [...path, 'children'], depth + 1, scope, draft, prefix);
  });
}

/** Walks `draft` once in reading order, calling `hooks` with `report`. */
export function walkDraft(draft: Draft, hooks: CheckHooks, report: Report): void {
  const w: Walker = { hooks, report };
  hooks.draft?.(draft, report);
  const { header, signer, noiNhan } = draft;
  field(w, ['header', 'parentAgency'], header.parentAgency, 'Tên cơ quan chủ quản');
  field(w, ['header', 'issuingAgency'], header.issuingAgency, 'Tên cơ quan ban hành');
  field(w, ['header', 'place'], header.place, 'Địa danh');
  field(w, ['marks', 'addressLine'], draft.marks.addressLine, 'Địa chỉ, điện thoại của cơ quan');
  field(w, ['title'], draft.title, 'Trích yếu', 'title');
  draft.kinhGui.forEach((line, i) => field(w, ['kinhGui', i], line, `Kính gửi (dòng ${i + 1})`, 'kinhGui'));

  const main: ContentScope = { kind: 'main' };
  blocks(w, draft.opening, ['opening'], main, 'phần mở đầu');
  sections(w, draft.sections, ['sections'], 0, main, draft, '');
  inline(w, draft.closing, ['closing'], 'closing', ['closing'], 'Đoạn kết (“Trên đây là …”)');
  hooks.end?.(main, draft, report);

  draft.appendices.forEach((appendix, a) => {
    const scope: ContentScope = { kind: 'appendix', index: a };
    const name = appendixName(a, draft.appendices.length);
    field(w, ['appendices', a, 'title'], appendix.title, `Tiêu đề ${name}`, 'heading');
    blocks(w, appendix.blocks, ['appendices', a, 'blocks'], scope, name);
    sections(w, appendix.sections, ['appendices', a, 'sections'], 0, scope, draft, ` của ${name}`);
    hooks.end?.(scope, draft, report);
  });

  noiNhan.recipients.forEach((line, i) => field(w, ['noiNhan', 'recipients', i], line, `Nơi nhận (dòng ${i + 1})`, 'recipient'));
  field(w, ['noiNhan', 'archive'], noiNhan.archive, 'Dòng “Lưu”');
  signer.authority.forEach((line, i) => field(w, ['signer', 'authority', i, 'title'], line.title, `Dòng thẩm quyền ký “${line.prefix} …”`));
  field(w, ['signer', 'title'], signer.title, 'Chức vụ người ký');
  field(w, ['signer', 'name'], signer.name, 'Họ tên người ký');
}
