/**
 * Strict XML for imported parts: saxes with namespaces, element names rewritten to one prefix per
 * namespace ("w:p" whatever prefix the file chose, Strict OOXML's namespaces folded onto the
 * transitional ones), so the readers match names and not the prefixes a writer picked. A DOCTYPE
 * is refused (no entity expansion, no external DTD), as is anything saxes finds not well-formed.
 * The body of document.xml is streamed: each child of w:body is handed over and dropped, so memory
 * holds one block's tree at a time.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** An element: canonical name ("w:p"), canonical attribute names ("w:val", "Id"), children. */
export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | string;

/** A part is not well-formed, or holds what an imported part may not (a DOCTYPE). */
export class XmlPartError extends Error {
  override readonly name = 'XmlPartError';
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`);
  }
}

const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

function canonical(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

function toElement(tag: SaxesTagNS): XElement {
  const attrs: Record<string, string> = {};
  for (const attr of Object.values(tag.attributes)) {
    if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
    attrs[canonical(attr.uri, attr.local)] = attr.value;
  }
  return { name: canonical(tag.uri, tag.local), attrs, children: [] };
}

/**
 * Parses `xml`; each element at depth `streamDepth` (the root is 0) is passed to `onStreamed` when
 * it closes and left out of the tree. Throws XmlPartError naming `part`.
 */
export function parseXml(xml: string, part: string, streamDepth = -1, onStreamed?: (element: XElement) => void): XElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XElement[] = [];
  let root: XElement | null = null;
  let failure: string | null = null;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('doctype', () => {
    failure ??= 'có khai báo DOCTYPE, không được phép trong tệp Word';
  });
  parser.on('opentag', (tag) => {
    const element = toElement(tag);
    const parent = stack[stack.length - 1];
    // Text between elements is layout white space in OOXML: only a leaf's text is kept.
    if (parent && typeof parent.children[0] === 'string') parent.children.length = 0;
    if (parent && stack.length !== streamDepth) parent.children.push(element);
    else if (!parent) root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (!current) return;
    const first = current.children[0];
    if (current.children.length === 0) current.children.push(text);
    else if (typeof first === 'string' && current.children.length === 1) current.children[0] = first + text;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element && stack.length === streamDepth && onStreamed) onStreamed(element);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= error instanceof Error ? error.message : String(error);
  }
  if (failure !== null) throw new XmlPartError(part, failure);
  if (!root) throw new XmlPartError(part, 'không có phần tử gốc');
  return root;
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XElement, name: string): XElement[] {
  const out: XElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) out.push(child);
  return out;
}

/** The first child element named `name`. */
export function child(element: XElement | undefined, name: string): XElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The child elements of `element`. */
export function elements(element: XElement): XElement[] {
  return element.children.filter((c): c is XElement => typeof c !== 'string');
}

/** The text of a leaf element ("" for an element with children or none). */
export function textOf(element: XElement | undefined): string {
  const first = element?.children[0];
  return typeof first === 'string' ? first : '';
}

/** Every descendant element named `name`, in document order (not below a match). */
export function descendants(element: XElement, name: string, out: XElement[] = []): XElement[] {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}
