/**
 * Test support: builds a draft into DOCX bytes and gives its XML parts as small trees to query
 * (saxes-parsed, so every assertion also proves the part is well-formed). Not used by the app.
 */
import { SaxesParser } from 'saxes';
import type { Draft } from '../../shared/domain/draft-schema';
import { defaultSettings, type Layout } from '../../shared/domain/settings-schema';
import { toCaps } from '../../shared/layout';
import { packDocx } from '../pack-docx';
import { verifyDocx } from '../read-back';
import { buildDocx } from './build-docx';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside this element. */
  text: string;
  parent: XmlNode | null;
}

/** Parses XML into a tree (throws on any well-formedness error). */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '', parent: null };
  let current = root;
  const parser = new SaxesParser();
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: { ...tag.attributes } as Record<string, string>, children: [], text: '', parent: current };
    current.children.push(node);
    current = node;
  });
  parser.on('closetag', () => {
    current = current.parent ?? root;
  });
  parser.on('text', (text) => {
    current.text += text;
  });
  parser.write(xml).close();
  return root;
}

/** All descendants named `name`, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode): void => {
    for (const child of n.children) {
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}

/** The first descendant named `name`. */
export function first(node: XmlNode, name: string): XmlNode | undefined {
  return all(node, name)[0];
}

/** Direct children named `name`. */
export function kids(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Printed text of a node: w:t contents, w:tab as "\t", w:br as "\n"; a run in "All caps" (w:caps) in capitals. */
export function textOf(node: XmlNode): string {
  if (node.name === 'w:t') return node.text;
  if (node.name === 'w:tab' && node.parent?.name === 'w:r') return '\t';
  if (node.name === 'w:br') return '\n';
  const text = node.children.map(textOf).join('');
  return node.name === 'w:r' && runProp(node, 'w:caps') !== undefined ? toCaps(text) : text;
}

/** Body-level paragraphs and tables of the document, in order. */
export function bodyChildren(doc: XmlNode): XmlNode[] {
  const body = first(doc, 'w:body');
  return body ? body.children.filter((c) => c.name === 'w:p' || c.name === 'w:tbl') : [];
}

/** The first paragraph whose text contains `needle`. */
export function paragraphWith(doc: XmlNode, needle: string): XmlNode | undefined {
  return all(doc, 'w:p').find((p) => textOf(p).includes(needle));
}

/** Runs (w:r) of a paragraph that print text. */
export function textRunsOf(p: XmlNode): XmlNode[] {
  return all(p, 'w:r').filter((r) => kids(r, 'w:t').length > 0);
}

/** The value of w:val of a run property (w:sz, w:b…) of a run, or undefined when absent. */
export function runProp(run: XmlNode, prop: string): string | undefined {
  const rPr = kids(run, 'w:rPr')[0];
  const el = rPr ? kids(rPr, prop)[0] : undefined;
  if (!el) return undefined;
  return el.attrs['w:val'] ?? 'true';
}

/** A paragraph property element (w:jc, w:ind, w:spacing…). */
export function paraProp(p: XmlNode, prop: string): XmlNode | undefined {
  const pPr = kids(p, 'w:pPr')[0];
  return pPr ? kids(pPr, prop)[0] : undefined;
}

/** A table's grid column widths. */
export function gridWidths(tbl: XmlNode): number[] {
  return all(tbl, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
}

/** Rows of a table (not of nested tables). */
export function rowsOf(tbl: XmlNode): XmlNode[] {
  return kids(tbl, 'w:tr');
}

/** Cells of a row. */
export function cellsOf(tr: XmlNode): XmlNode[] {
  return kids(tr, 'w:tc');
}

export interface BuiltParts {
  xml: Map<string, string>;
  doc: XmlNode;
  part(name: string): XmlNode;
  removedCharacters: number;
  bytes: Uint8Array;
}

/** The default layout, with overrides. */
export function layoutWith(overrides: Partial<Layout> = {}): Layout {
  return { ...defaultSettings().layout, ...overrides };
}

/** Builds, packs and reads back a draft; parts are parsed on demand. */
export async function buildParts(draft: Draft, layout: Layout = layoutWith()): Promise<BuiltParts> {
  const { document, removedCharacters } = buildDocx(draft, layout);
  const bytes = await packDocx(document);
  const xml = verifyDocx(bytes);
  const cache = new Map<string, XmlNode>();
  const part = (name: string): XmlNode => {
    const hit = cache.get(name);
    if (hit) return hit;
    const source = xml.get(name);
    if (source === undefined) throw new Error(`no part ${name}`);
    const tree = parseXml(source);
    cache.set(name, tree);
    return tree;
  };
  return { xml, doc: part('word/document.xml'), part, removedCharacters, bytes };
}

/**
 * The size (half-points) a run prints at: its own w:sz, else its paragraph style's, else the
 * document default from styles.xml.
 */
export function effectiveSize(styles: XmlNode, p: XmlNode, run: XmlNode): string | undefined {
  const own = runProp(run, 'w:sz');
  if (own) return own;
  const styleId = paraProp(p, 'w:pStyle')?.attrs['w:val'];
  const style = all(styles, 'w:style').find((s) => s.attrs['w:styleId'] === styleId);
  const styleSize = style ? first(kids(style, 'w:rPr')[0] ?? style, 'w:sz')?.attrs['w:val'] : undefined;
  if (styleSize) return styleSize;
  const defaults = first(styles, 'w:rPrDefault');
  return defaults ? first(defaults, 'w:sz')?.attrs['w:val'] : undefined;
}
