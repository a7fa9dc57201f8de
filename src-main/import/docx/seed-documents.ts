/**
 * Test support: a draft written out as a document other tools turn into DOCX, the way clerks'
 * files are made outside this app: a flat ODF text (.fodt) for LibreOffice and Markdown for pandoc.
 * The header is a table or plain paragraphs, the heading numbers typed or left to the tool's
 * automatic numbering, footnotes real. Each comes with the headings as that document prints
 * them, which is what the import must find.
 */
import type { Block, Draft, Inline, Section } from '../../shared/domain/draft-schema';
import { formatDateLine } from '../../shared/domain/dates';
import { formatSoKyHieu } from '../../shared/domain/doc-number';
import { numberSections } from '../../shared/domain/outline';
import { headingLabel, type HeadingKind } from '../../shared/domain/numbering';
import { kindAtDepth } from '../../shared/domain/outline';
import { signerBlockLines } from '../../shared/domain/signer-rules';

export interface SeedVariant {
  header: 'table' | 'paragraphs';
  numbering: 'typed' | 'automatic';
}

export interface SeedDocument {
  text: string;
  /** [depth, printed label, title] of every heading, as the document prints it. */
  headings: [number, string, string][];
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const oneLine = (s: string) => s.replace(/\s+/gu, ' ').trim();
const caps = (s: string) => s.toLocaleUpperCase('vi');

/** The printed headings: as the model numbers them (typed), or counted by a list (automatic). */
function headingsOf(draft: Draft, variant: SeedVariant): [number, string, string][] {
  const numbered = numberSections(draft.sections, draft.outlineStart, draft.partStyle);
  if (variant.numbering === 'typed') return numbered.map((n) => [n.depth, n.label, oneLine(n.section.title)]);
  const counts: number[] = [];
  return numbered.map((n) => {
    counts.length = n.depth + 1;
    counts[n.depth] = (counts[n.depth] ?? 0) + 1;
    return [n.depth, headingLabel(n.kind, counts[n.depth] ?? 1), oneLine(n.section.title)];
  });
}

const titleOf = (kind: HeadingKind, title: string) => (kind === 'roman' || kind === 'part' ? caps(title) : title);

// ---------------------------------------------------------------------------------------------
// Flat ODF for LibreOffice

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

const ODF_STYLES = `
<office:font-face-decls><style:font-face style:name="Times New Roman" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0.212cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0cm"/></style:style>
 <style:style style:name="Left" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0cm"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0cm"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic" fo:font-size="12pt"/></style:style>
 <style:style style:name="S11" style:family="text"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="S13" style:family="text"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="B13" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="16.5cm"/></style:style>
 <style:style style:name="GridCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <text:list-style style:name="ListRoman">
  <text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>
 </text:list-style>
 <text:list-style style:name="ListArabic">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
 </text:list-style>
</office:automatic-styles>`;

function odfInline(content: readonly Inline[]): string {
  return content
    .map((i) => {
      if (i.type === 'footnote') return `<text:note text:note-class="footnote"><text:note-citation>*</text:note-citation><text:note-body><text:p>${esc(i.content.map((c) => c.text).join(''))}</text:p></text:note-body></text:note>`;
      const text = esc(i.text);
      if (i.bold) return `<text:span text:style-name="B">${text}</text:span>`;
      if (i.italic) return `<text:span text:style-name="I">${text}</text:span>`;
      return text;
    })
    .join('');
}

const odfP = (style: string, inner: string) => `<text:p text:style-name="${style}">${inner}</text:p>`;
const span = (style: string, text: string) => `<text:span text:style-name="${style}">${esc(text)}</text:span>`;

function odfBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph') return odfP('Body', odfInline(b.content));
      if (b.type === 'bullet') return odfP('Body', `${b.marker} ${odfInline(b.content)}`);
      const cols = b.columnWidths.length;
      const rows = b.rows
        .map((r) => `<table:table-row>${r.cells.map((c) => `<table:table-cell table:style-name="GridCell">${c.paragraphs.map((p) => odfP('Left', odfInline(p))).join('')}</table:table-cell>`).join('')}</table:table-row>`)
        .join('');
      return `<table:table table:style-name="Grid"><table:table-column table:number-columns-repeated="${cols}"/>${rows}</table:table>`;
    })
    .join('\n');
}

/** The heading paragraph, inside `depth + 1` nested lists when the tool numbers it. */
function odfHeading(label: string, kind: HeadingKind, depth: number, title: string, variant: SeedVariant, listStyle: string): string {
  const text = titleOf(kind, title);
  const bold = kind !== 'letter';
  const inner = bold ? span('B', variant.numbering === 'typed' ? `${label} ${text}` : text) : esc(variant.numbering === 'typed' ? `${label} ${text}` : text);
  const p = odfP('Body', inner);
  if (variant.numbering === 'typed') return p;
  let out = `<text:list-item>${p}</text:list-item>`;
  for (let d = 0; d < depth; d++) out = `<text:list-item><text:list>${out}</text:list></text:list-item>`;
  return `<text:list text:style-name="${listStyle}" text:continue-numbering="true">${out}</text:list>`;
}

/** The label the model prints for each section of the draft. */
const labelsOf = (draft: Draft) => new Map(numberSections(draft.sections, draft.outlineStart, draft.partStyle).map((n) => [n.section, n.label]));

function odfSections(sections: readonly Section[], draft: Draft, variant: SeedVariant, labels: Map<Section, string>, depth = 0): string {
  const listStyle = draft.outlineStart === 'roman' ? 'ListRoman' : 'ListArabic';
  const out: string[] = [];
  for (const s of sections) {
    const kind = kindAtDepth(draft.outlineStart, depth, draft.partStyle);
    out.push(odfHeading(labels.get(s) ?? '', kind, depth, oneLine(s.title), variant, listStyle));
    out.push(odfBlocks(s.blocks));
    out.push(odfSections(s.children, draft, variant, labels, depth + 1));
  }
  return out.join('\n');
}

/** A flat ODF text of `draft` for LibreOffice. */
export function seedFodt(draft: Draft, variant: SeedVariant): SeedDocument {
  const h = draft.header;
  const agency = [...h.parentAgency.split('\n').map((l) => span('S13', caps(l))), ...h.issuingAgency.split('\n').map((l) => span('B13', caps(l)))];
  const national = [span('B13', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), span('B', 'Độc lập - Tự do - Hạnh phúc')];
  const so = span('S13', formatSoKyHieu(h).replace(/\u00a0/gu, ' '));
  const date = span('I', formatDateLine(h.place, h.date).replace(/\u00a0/gu, ' '));
  let header: string;
  if (variant.header === 'table') {
    const cell = (lines: string[]) => `<table:table-cell>${lines.map((l) => odfP('Center', l)).join('')}</table:table-cell>`;
    header = `<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>${cell(agency)}${cell(national)}</table:table-row><table:table-row>${cell([so])}${cell([date])}</table:table-row></table:table>`;
  } else {
    header = [...agency.map((l) => odfP('Center', l)), ...national.map((l) => odfP('Center', l)), odfP('Center', so), odfP('Right', date)].join('\n');
  }
  const signer = signerBlockLines(draft.signer);
  const recipients = [...draft.noiNhan.recipients.map((r) => `- ${r};`), `- Lưu: VT, ${draft.noiNhan.archive}.`];
  const right = [...signer.authority, ...signer.title].map((l) => odfP('Center', span('B', l)));
  const signature = `<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell>${odfP('Left', span('BI', 'Nơi nhận:'))}${recipients.map((r) => odfP('Left', span('S11', r))).join('')}</table:table-cell><table:table-cell>${right.join('')}${odfP('Center', '')}${odfP('Center', '')}${odfP('Center', span('B', signer.name))}</table:table-cell></table:table-row></table:table>`;
  const body = [
    header,
    odfP('Center', span('B', 'BÁO CÁO')),
    ...draft.title.split('\n').map((l) => odfP('Center', span('B', l))),
    ...(draft.kinhGui.length === 1 ? [odfP('Center', esc(`Kính gửi: ${draft.kinhGui[0]}.`))] : []),
    odfBlocks(draft.opening),
    odfSections(draft.sections, draft, variant, labelsOf(draft)),
    draft.closing.length > 0 ? odfP('Body', `${odfInline(draft.closing)}./.`) : '',
    signature,
  ].join('\n');
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${ODF_NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">${ODF_STYLES}<office:body><office:text>${body}</office:text></office:body></office:document>`;
  return { text, headings: headingsOf(draft, variant) };
}

// ---------------------------------------------------------------------------------------------
// Markdown for pandoc

function mdInline(content: readonly Inline[], notes: string[]): string {
  return content
    .map((i) => {
      if (i.type === 'footnote') {
        notes.push(i.content.map((c) => c.text).join(''));
        return `[^${notes.length}]`;
      }
      const text = i.text.replace(/([*_\\[\]])/gu, '\\$1');
      return i.bold ? `**${text}**` : i.italic ? `*${text}*` : text;
    })
    .join('');
}

/** Markdown of `draft` for pandoc (`-f markdown -t docx`): header as plain lines, numbers typed or automatic. */
export function seedMarkdown(draft: Draft, variant: SeedVariant): SeedDocument {
  const notes: string[] = [];
  const h = draft.header;
  const out: string[] = [];
  const line = (text: string) => out.push(text, '');
  for (const l of h.parentAgency.split('\n').filter(Boolean)) line(caps(l));
  for (const l of h.issuingAgency.split('\n').filter(Boolean)) line(`**${caps(l)}**`);
  line('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
  line('**Độc lập - Tự do - Hạnh phúc**');
  line(formatSoKyHieu(h).replace(/\u00a0+/gu, ' '));
  line(`*${formatDateLine(h.place, h.date).replace(/\u00a0+/gu, ' ')}*`);
  line('**BÁO CÁO**');
  line(`**${oneLine(draft.title)}**`);
  const blocks = (list: readonly Block[], indent: string) => {
    for (const b of list) {
      if (b.type === 'table') {
        const rows = b.rows.map((r) => `${indent}| ${r.cells.map((c) => mdInline(c.paragraphs[0] ?? [], notes)).join(' | ')} |`);
        out.push(rows[0] ?? '', `${indent}|${b.columnWidths.map(() => '---').join('|')}|`, ...rows.slice(1), '');
      } else if (b.type === 'bullet') out.push(`${indent}${b.marker === '+' ? '\\+' : '\\-'} ${mdInline(b.content, notes)}`, '');
      else out.push(`${indent}${mdInline(b.content, notes)}`, '');
    }
  };
  blocks(draft.opening, '');
  const labels = labelsOf(draft);
  const walk = (sections: readonly Section[], depth: number, indent: string) => {
    sections.forEach((s, i) => {
      const kind = kindAtDepth(draft.outlineStart, depth, draft.partStyle);
      const title = titleOf(kind, oneLine(s.title));
      const label = labels.get(s) ?? '';
      if (variant.numbering === 'typed') {
        out.push(`${indent}**${label.replace(/\./u, '\\.')} ${title}**`, '');
        blocks(s.blocks, indent);
        walk(s.children, depth + 1, indent);
      } else {
        // A list item per heading: pandoc numbers it (I., 1., a)); its content is indented under it.
        const marker = `${headingLabel(kind, i + 1)}`;
        const pad = ' '.repeat(Math.max(4, marker.length + 1));
        out.push(`${indent}${marker.padEnd(pad.length)}**${title}**`, '');
        blocks(s.blocks, indent + pad);
        walk(s.children, depth + 1, indent + pad);
      }
    });
  };
  walk(draft.sections, 0, '');
  if (draft.closing.length > 0) line(`${mdInline(draft.closing, notes)}./.`);
  line('***Nơi nhận:***');
  for (const r of draft.noiNhan.recipients) line(`\\- ${r};`);
  line(`\\- Lưu: VT, ${draft.noiNhan.archive}.`);
  const signer = signerBlockLines(draft.signer);
  for (const l of [...signer.authority, ...signer.title]) line(`**${l}**`);
  line(`**${signer.name}**`);
  notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`, ''));
  return { text: out.join('\n'), headings: headingsOf(draft, variant) };
}
