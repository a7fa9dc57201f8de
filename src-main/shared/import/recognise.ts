/**
 * # shared/import: a Word file's content recognised as a Báo cáo
 *
 * `recogniseDocument(doc)` takes the neutral document model (doc-model.ts, built from the DOCX
 * by src-main/import/docx/) and finds the parts of an NĐ30 report by their wording and position,
 * never by the text of any particular file:
 * - front.ts / header.ts: agency names, quốc hiệu, tiêu ngữ, Số and ký hiệu, place and date,
 *   marks, "BÁO CÁO", the trích yếu, Kính gửi;
 * - body-items.ts / outline-tree.ts: headings by their numbers (typed or Word's automatic ones)
 *   and bold headings without one, untitled khoản and điểm, "-"/"+" items, tables, footnotes,
 *   the closing;
 * - signature.ts: Nơi nhận with its Lưu line and ô 12, authority lines, titles and name;
 * - appendices.ts: "Phụ lục …" sections after the signature, landscape ones included;
 * - original-problems.ts: what the file got wrong against NĐ30.
 * Whatever is not placed goes into the body as plain paragraphs and is listed in the report.
 */
import type { Finding } from '../domain/checks/types';
import { isValidDate } from '../domain/dates';
import { formatKyHieu } from '../domain/doc-number';
import type { Block, Draft, DraftInput, Section } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { toCaps } from '../layout/caps';
import { agencyLines, headerColumns } from '../layout/header-plan';
import { pageGeometry } from '../layout/page-geometry';
import { sizesFor } from '../layout/sizes';
import { balancedTitleLines } from '../layout/text-width';
import { isAppendixStart, recogniseAppendices } from './appendices';
import { readBodyItems } from './body-items';
import type { DocBlock, DocModel, DocParagraph, DocTable } from './doc-model';
import { fitDraft } from './fit';
import { recogniseFront, type FrontFacts } from './front';
import { agencyText } from './header';
import type { InlineTally } from './inlines';
import { layoutOf } from './layout-of';
import { chosenBreaks } from './line-breaks';
import { buildOutline, type Outline } from './outline-tree';
import { originalProblems } from './original-problems';
import { authorityOf, isDocType, isNoiNhan } from './patterns';
import { recogniseSignature, type SignatureFacts } from './signature';
import { tableParagraphs } from './tables';
import { lineSize, linesOf, paraText, squash } from './text';
import { describeImport } from './report-lines';
import { zoneLines, type ZoneLine } from './zone-lines';

/** What the clerk is told about an import (Vietnamese). */
export interface ImportReport {
  recognised: string[];
  unplaced: string[];
  originalProblems: Finding[];
}

/** The header of the model as recognised. */
export type HeaderFields = ReturnType<typeof headerFields>;

export interface RecogniseOptions {
  /** ISO time of the import: the meta of the new draft, and the year when the file has none. */
  now: string;
}

export interface Recognition {
  draft: Draft;
  report: ImportReport;
  /** The layout the file was set in, as far as line breaking goes. */
  layout: Layout;
}

/** The id an imported draft carries until the store gives it its own. */
export const PROVISIONAL_ID = 'nhap-tu-word';

const quote = (text: string, max = 80) => {
  const t = squash(text);
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
};

const SIGNATURE_HINT = /N[ơo]i\s*nh[ậa]n|(?:^|[\t\n]|\s{3})\s*(?:T\.?\/?M|K\.?\/?T|T\.?\/?L|T\.?U\.?Q|Q)\s*[./\s]\s*\p{Lu}/u;

/** Index of the first block of the signature area at or after `from` (blocks.length when none). */
function signatureStart(blocks: readonly DocBlock[], from: number, textWidth: number): number {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (isAppendixStart(block) && (block.pageBreakBefore || block.section !== blocks[from]?.section)) return i;
    // Most blocks are body text: only a table, or a paragraph with "Nơi nhận" or an authority prefix, can start it.
    if (block.kind === 'paragraph' && !SIGNATURE_HINT.test(paraText(block))) continue;
    const lines = zoneLines(blocks, i, i + 1, textWidth);
    const signature = lines.some((l) => isNoiNhan(l.text)) || lines.some((l) => l.side !== 'left' && authorityOf(squash(l.text)) !== null && squash(l.text).length < 120);
    if (signature) return i;
    if (isAppendixStart(block)) return trailingSigner(blocks, from, i, textWidth) ?? i;
  }
  return trailingSigner(blocks, from, blocks.length, textWidth) ?? blocks.length;
}

/**
 * A signature with neither "Nơi nhận" nor an authority line ("GIÁM ĐỐC" / "Nguyễn Văn A" set
 * centred or to the right at the end of the text): the index of its first title line, or null.
 */
function trailingSigner(blocks: readonly DocBlock[], from: number, end: number, textWidth: number): number | null {
  const onSignatureSide = (p: DocParagraph) => p.props.align === 'center' || p.props.align === 'right' || p.props.indentLeft >= textWidth * 0.3;
  const text = (b: DocBlock | undefined) => (b?.kind === 'paragraph' ? squash(paraText(b)) : null);
  let i = end - 1;
  while (i > from && text(blocks[i]) === '') i--;
  const nameBlock = blocks[i];
  const name = text(nameBlock);
  if (!name || nameBlock?.kind !== 'paragraph' || !onSignatureSide(nameBlock) || name.length > 50 || /[.;:,]$/u.test(name) || name.split(' ').length < 2) return null;
  i--;
  while (i > from && (text(blocks[i]) === '' || /^[([].*[)\]]$/u.test(text(blocks[i]) ?? ''))) i--;
  let first: number | null = null;
  for (; i > from; i--) {
    const block = blocks[i];
    const line = text(block);
    if (!line || block?.kind !== 'paragraph' || !onSignatureSide(block) || line.length > 80 || /[.;:]$/u.test(line) || line !== toCaps(line)) break;
    first = i;
  }
  return first;
}

/** Index of the first appendix at or after `from`. */
function appendixStart(blocks: readonly DocBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) if (isAppendixStart(blocks[i])) return i;
  return blocks.length;
}

function paragraphsOf(lines: readonly ZoneLine[]): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const line of lines) {
    const text = squash(line.text);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return out;
}

function lastContainer(sections: Section[], fallback: Block[]): Block[] {
  let last = sections[sections.length - 1];
  while (last && last.children.length > 0) last = last.children[last.children.length - 1];
  return last ? last.blocks : fallback;
}

/** The header fields of the model from the recognised header. */
export function headerFields(front: FrontFacts, layout: Layout, year: number, report: ImportReport) {
  const sizes = sizesFor(layout.sizePreset);
  const columns = headerColumns(pageGeometry(layout), sizes);
  // The plan's own agency lines decide which breaks the layout makes itself.
  const agency = (lines: readonly ZoneLine[], size: number, bold: boolean) =>
    chosenBreaks(agencyText(lines), (text) => agencyLines(text, size, bold, columns.leftContent).lines, toCaps);
  const { header } = front;
  const parentAgency = agency(header.parentLines, sizes.parentAgency, false);
  const issuingAgency = agency(header.issuingLines, sizes.issuingAgency, true);
  const groups = header.so?.parsed.groups.map(toCaps) ?? [];
  const [first = '', ...rest] = groups;
  // A Báo cáo's ký hiệu starts with BC; one typed without it keeps all its groups after BC.
  const [typeAbbr, agencyAbbr, extra] = first === 'BC' ? ['BC', rest[0] ?? '', rest.slice(1)] : ['BC', first, rest];
  const parsedDate = header.date?.parsed;
  let day = parsedDate?.day ?? null;
  const month = parsedDate?.month ?? null;
  const dateYear = parsedDate?.year ?? year;
  if (day !== null && (month === null || !isValidDate({ day, month, year: dateYear }))) {
    report.unplaced.push(`Ngày ${day} trong dòng ngày tháng không hợp lệ nên để trống.`);
    day = null;
  }
  if (header.date && parsedDate?.year === null) report.unplaced.push(`Dòng ngày tháng không ghi năm; đã dùng năm ${year}.`);
  return {
    parentAgency,
    issuingAgency,
    number: header.so?.parsed.number.slice(0, 6) ?? '',
    typeAbbr,
    agencyAbbr,
    extraGroup: extra.join('-'),
    place: parsedDate?.place ?? '',
    date: { day, month, year: dateYear },
  };
}

function addressLine(doc: DocModel): string {
  const footer = doc.sections[0]?.firstFooter ?? [];
  const text = squash(footer.map(paraText).join(' '));
  return /địa chỉ|điện thoại|\bĐT\b|email|e-mail|fax|website/iu.test(text) ? text : '';
}

/**
 * The document with the header of its first page in front when the NĐ30 header was set there
 * (some agency templates do) rather than in the text.
 */
function withHeaderInFront(doc: DocModel, textWidth: number): DocModel {
  const header = doc.sections[0]?.firstHeader ?? [];
  if (header.length === 0) return doc;
  const inBody = recogniseFront(doc.blocks, textWidth).header;
  if (inBody.quocHieu || inBody.so || inBody.date) return doc;
  const inHeader = recogniseFront(header, textWidth).header;
  if (!inHeader.quocHieu && !inHeader.so) return doc;
  return { ...doc, blocks: [...header.map((b) => ({ ...b, section: 0 })), ...doc.blocks] };
}

/** Whether a table holds the report itself (its "BÁO CÁO" and running text), not a part of it. */
function holdsDocument(table: DocTable): boolean {
  const paragraphs = tableParagraphs(table);
  return paragraphs.some((p) => linesOf(p).some((l) => isDocType(l.text))) && paragraphs.filter((p) => paraText(p).length > 60).length >= 3;
}

/** The blocks of a table's cells in reading order, a nested table that holds the report unwrapped too. */
function cellBlocks(table: DocTable): DocBlock[] {
  return table.rows.flatMap((row) => row.cells.filter((c) => c.vMerge !== 'continue').flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'table' && holdsDocument(b) ? cellBlocks(b) : [b]))));
}

/** The document with a layout table that holds the whole report read as the text it frames. */
function withDocumentTablesOpened(doc: DocModel): DocModel {
  if (!doc.blocks.some((b) => b.kind === 'table' && holdsDocument(b))) return doc;
  return { ...doc, blocks: doc.blocks.flatMap((b) => (b.kind === 'table' && holdsDocument(b) ? cellBlocks(b) : [b])) };
}

/** Recognises `doc` as a draft and reports what was found. */
export function recogniseDocument(source: DocModel, options: RecogniseOptions): Recognition {
  const doc = withDocumentTablesOpened(withHeaderInFront(source, pageGeometry(layoutOf(source, null, null)).textWidth));
  const report: ImportReport = { recognised: [], unplaced: [], originalProblems: [] };
  const tally: InlineTally = { legacyParagraphs: 0, footnotes: 0 };
  const year = Number(options.now.slice(0, 4)) || 2024;

  // A first pass with the default page to find the front; the layout then follows from it.
  const firstLayout = layoutOf(doc, null, null);
  const front0 = recogniseFront(doc.blocks, pageGeometry(firstLayout).textWidth, doc.titleHint);
  const layout = layoutOf(doc, front0.header.quocHieu ? lineSize(front0.header.quocHieu.pieces) : null, null);
  const textWidth = pageGeometry(layout).textWidth;
  const front = recogniseFront(doc.blocks, textWidth, doc.titleHint);

  const sigStart = signatureStart(doc.blocks, front.bodyStart, textWidth);
  const appStart = appendixStart(doc.blocks, sigStart);
  const bodyRead = readBodyItems(doc.blocks.slice(front.bodyStart, sigStart), tally);
  const outline: Outline = buildOutline(bodyRead.items, { idPrefix: 's', allowParts: true });
  const signature: SignatureFacts = recogniseSignature(zoneLines(doc.blocks, sigStart, appStart, textWidth));
  const appendices = recogniseAppendices(doc, doc.blocks.slice(appStart), outline.outlineStart, tally, layout);

  const header = headerFields(front, layout, year, report);
  const sizes = sizesFor(layout.sizePreset);
  const title = chosenBreaks(
    front.titleLines.map((l) => squash(l.text)),
    (text) => balancedTitleLines(text, sizes.title, 'bold', textWidth),
  );

  // What has no place: header leftovers open the body, signature leftovers close it.
  const opening = [...paragraphsOf(front.leftover), ...outline.opening];
  for (const line of front.leftover) if (squash(line.text)) report.unplaced.push(`Dòng ${quote(line.text)} ở phần đầu văn bản không thuộc mục nào; đã đưa vào phần mở đầu.`);
  if (signature.leftover.length > 0) {
    lastContainer(outline.sections, opening).push(...paragraphsOf(signature.leftover));
    for (const line of signature.leftover) report.unplaced.push(`Dòng ${quote(line.text)} ở khu vực chữ ký không rõ là gì; đã đưa vào cuối nội dung.`);
  }
  for (const dropped of signature.dropped) report.unplaced.push(`Dòng thẩm quyền “${dropped}” không kết hợp được theo Nghị định 30; đã ghi vào chức vụ người ký.`);
  for (const facts of [bodyRead.facts, ...appendices.facts]) report.unplaced.push(...facts.unplaced);

  const draft: DraftInput = {
    schemaVersion: 2,
    meta: { id: PROVISIONAL_ID, createdAt: options.now, updatedAt: options.now, template: 'bao-cao', status: 'draft', needsReview: false },
    header,
    marks: { ...front.header.marks, addressLine: addressLine(doc) },
    title,
    kinhGui: front.kinhGui,
    opening,
    outlineStart: outline.outlineStart,
    partStyle: outline.partStyle,
    sections: outline.sections,
    closing: outline.closing,
    appendices: appendices.appendices,
    noiNhan: { recipients: signature.recipients, archive: signature.archive },
    signer: signature.signer,
    drafter: signature.drafter,
  };
  const fitted = fitDraft(draft);
  report.unplaced.push(...fitted.cuts);
  if (!fitted.ok) throw new RangeError(fitted.message);

  describeImport(report, { front, outline, signature, header, bodyFacts: bodyRead.facts, appendices: appendices.appendices.length, landscape: appendices.landscape, tally, doc });
  report.originalProblems = originalProblems({
    doc,
    front,
    signature,
    textParagraphs: [...bodyRead.facts.textParagraphs, ...appendices.facts.flatMap((f) => f.textParagraphs)],
    kyHieu: formatKyHieu(header),
  });
  return { draft: fitted.draft, report, layout };
}

