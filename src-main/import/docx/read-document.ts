/**
 * A DOCX package read into the neutral document model (shared/import/doc-model.ts): styles,
 * theme fonts, numbering and notes first, then the body streamed block by block, then each
 * section's page shape and whether its header or footer prints a page number, then the
 * document properties (pages Word counted, the application, the title the file gives itself).
 */
import type { DocBlock, DocCounts, DocModel, DocParagraph, DocSection } from '../../shared/import/doc-model';
import { readNumbering } from './numbering';
import type { DocxPackage, Relationship } from './package';
import { readStyles } from './styles';
import { hasPageField, walkBlock, walkStory, walkStoryBlocks, type WalkContext } from './walk';
import { child, childrenNamed, textOf, type XElement } from './xml-tree';

const A4_PORTRAIT = { width: 11906, height: 16838 };
/** More than any trích yếu: a longer dc:title is cut, it only has to be compared. */
const MAX_TITLE_HINT = 2000;

const emptyCounts = (): DocCounts => ({
  images: 0,
  shapes: 0,
  textBoxes: 0,
  comments: 0,
  revisions: 0,
  externalTargets: 0,
  embedded: 0,
  tocParagraphs: 0,
  nestedTables: 0,
});

const int = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

interface StoryRefs {
  header: Partial<Record<'default' | 'first' | 'even', string>>;
  footer: Partial<Record<'default' | 'first' | 'even', string>>;
}

/** The notes of footnotes.xml / endnotes.xml by "f<id>" / "e<id>" (separators left out). */
async function readNotes(pkg: DocxPackage, rels: Relationship[], ctx: WalkContext): Promise<void> {
  for (const [type, key, element] of [
    ['footnotes', 'f', 'w:footnote'],
    ['endnotes', 'e', 'w:endnote'],
  ] as const) {
    const rel = rels.find((r) => r.type === type && !r.external);
    const xml = rel ? await pkg.xml(rel.target) : null;
    if (!xml) continue;
    for (const note of childrenNamed(xml, element)) {
      const noteType = note.attrs['w:type'];
      if (noteType && noteType !== 'normal') continue;
      const paragraphs = walkStory(note, ctx).filter((p) => p.inlines.length > 0);
      // The note's own mark is a run of its first paragraph; the text after it starts with a space.
      const first = paragraphs[0]?.inlines[0];
      if (first?.kind === 'text') first.text = first.text.replace(/^\s+/u, '');
      ctx.notes.set(`${key}${note.attrs['w:id'] ?? ''}`, paragraphs);
    }
  }
}

/** Reads the parts of `pkg` into the document model. */
export async function readDocument(pkg: DocxPackage): Promise<DocModel> {
  const rels = await pkg.rels(pkg.mainPart);
  const target = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;
  const stylesPath = target('styles');
  const themePath = target('theme');
  const numberingPath = target('numbering');
  const styles = readStyles(stylesPath ? await pkg.xml(stylesPath) : null, themePath ? await pkg.xml(themePath) : null);
  const numbering = readNumbering(numberingPath ? await pkg.xml(numberingPath) : null);
  const ctx: WalkContext = {
    styles,
    numbering,
    notes: new Map(),
    counts: emptyCounts(),
    fonts: {},
    legacyFonts: {},
    section: 0,
    fields: [],
    pageBreakPending: false,
  };
  await readNotes(pkg, rels, ctx);
  // Notes were walked with the document's own numbering counter; the body counts from the start.
  ctx.numbering = readNumbering(numberingPath ? await pkg.xml(numberingPath) : null);

  const blocks: DocBlock[] = [];
  const sectPrs: XElement[] = [];
  await pkg.streamBody((element) => {
    if (element.name === 'w:sectPr') {
      sectPrs.push(element);
      return;
    }
    const sectPr = walkBlock(element, ctx, blocks, 0);
    if (sectPr) {
      sectPrs.push(sectPr);
      ctx.section++;
    }
  });
  // A body without a final w:sectPr still has one section (Word's defaults: A4 here).
  if (sectPrs.length === 0 || sectPrs.length === ctx.section) sectPrs.push({ name: 'w:sectPr', attrs: {}, children: [] });

  const byId = new Map(rels.map((r) => [r.id, r]));
  const sections: DocSection[] = [];
  let inherited: StoryRefs = { header: {}, footer: {} };
  for (const sectPr of sectPrs) {
    const refs: StoryRefs = { header: { ...inherited.header }, footer: { ...inherited.footer } };
    for (const kind of ['header', 'footer'] as const) {
      for (const ref of childrenNamed(sectPr, `w:${kind}Reference`)) {
        const type = (ref.attrs['w:type'] ?? 'default') as 'default' | 'first' | 'even';
        const rel = byId.get(ref.attrs['r:id'] ?? '');
        if (rel && !rel.external) refs[kind][type] = rel.target;
      }
    }
    inherited = refs;
    sections.push(await readSection(pkg, sectPr, refs, ctx));
  }
  ctx.counts.externalTargets = pkg.externalTargets();
  const props = await readProperties(pkg);
  return { blocks, sections, counts: ctx.counts, legacyFonts: ctx.legacyFonts, fonts: ctx.fonts, ...props };
}

async function readSection(pkg: DocxPackage, sectPr: XElement, refs: StoryRefs, ctx: WalkContext): Promise<DocSection> {
  const size = child(sectPr, 'w:pgSz');
  const width = int(size?.attrs['w:w'], A4_PORTRAIT.width);
  const height = int(size?.attrs['w:h'], A4_PORTRAIT.height);
  const margin = child(sectPr, 'w:pgMar');
  const titlePg = child(sectPr, 'w:titlePg');
  const titlePage = titlePg !== undefined && !['0', 'false', 'off'].includes(titlePg.attrs['w:val'] ?? '1');
  const story = async (path: string | undefined): Promise<XElement | null> => (path ? pkg.xml(path) : null);
  const header = await story(refs.header.default);
  const footer = await story(refs.footer.default);
  const pageNumbers = header && hasPageField(header) ? 'header' : footer && hasPageField(footer) ? 'footer' : 'none';
  const firstFooterXml = await story(titlePage ? refs.footer.first : refs.footer.default);
  // Header and footer paragraphs take part in no numbering and no field state of the body.
  const saved = { fields: ctx.fields, section: ctx.section };
  ctx.fields = [];
  const firstFooter: DocParagraph[] = firstFooterXml ? walkStory(firstFooterXml, ctx) : [];
  const firstHeaderXml = titlePage ? await story(refs.header.first) : header;
  const firstHeader = firstHeaderXml ? walkStoryBlocks(firstHeaderXml, ctx) : [];
  ctx.fields = saved.fields;
  return {
    pageWidth: width,
    pageHeight: height,
    landscape: (size?.attrs['w:orient'] ?? '') === 'landscape' || width > height,
    margins: {
      top: Math.abs(int(margin?.attrs['w:top'], 1440)),
      bottom: Math.abs(int(margin?.attrs['w:bottom'], 1440)),
      left: int(margin?.attrs['w:left'] ?? margin?.attrs['w:start'], 1800),
      right: int(margin?.attrs['w:right'] ?? margin?.attrs['w:end'], 1800),
    },
    pageNumbers,
    titlePage,
    firstFooter,
    firstHeader,
  };
}

async function readProperties(pkg: DocxPackage): Promise<Pick<DocModel, 'pages' | 'application' | 'titleHint'>> {
  const root = await pkg.rels('');
  const path = (type: string, fallback: string) => root.find((r) => r.type === type && !r.external)?.target ?? fallback;
  const app = await pkg.xml(path('extended-properties', 'docProps/app.xml'));
  const pagesText = textOf(child(app ?? undefined, 'ep:Pages'));
  const pages = pagesText ? int(pagesText, 0) || null : null;
  const application = textOf(child(app ?? undefined, 'ep:Application'));
  return { pages, application, titleHint: await readTitleHint(pkg, path('core-properties', 'docProps/core.xml')) };
}

/** dc:title of the core properties, or "": a damaged or missing part costs the hint only, never the import. */
async function readTitleHint(pkg: DocxPackage, part: string): Promise<string> {
  try {
    const core = await pkg.xml(part);
    return textOf(child(core ?? undefined, 'dc:title')).slice(0, MAX_TITLE_HINT);
  } catch {
    return '';
  }
}
