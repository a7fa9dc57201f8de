/**
 * Clipboard HTML parsed without any browser: parse5 implements the HTML standard's parsing
 * algorithm (the same tree a browser builds, Word's `<![if …]>` markers included) in plain
 * JavaScript. Nothing is created in a document, so no script can run, no image can load and
 * no inline style meets the CSP; the tree is only read, through the DomLikeNode interface.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { COMMENT_NODE, ELEMENT_NODE, TEXT_NODE, type DomLikeNode } from './dom-like';

type Parse5Node = DefaultTreeAdapterMap['node'];

const DOCUMENT_NODE = 9;
const DOCUMENT_TYPE_NODE = 10;

/** A parse5 node seen as a DomLikeNode; children are wrapped when first read. */
class Parse5View implements DomLikeNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  private children: DomLikeNode[] | null = null;

  constructor(private readonly node: Parse5Node) {
    const name = node.nodeName;
    if (name === '#text') {
      this.nodeType = TEXT_NODE;
      this.nodeValue = (node as DefaultTreeAdapterMap['textNode']).value;
    } else if (name === '#comment') {
      this.nodeType = COMMENT_NODE;
      this.nodeValue = (node as DefaultTreeAdapterMap['commentNode']).data;
    } else if (name === '#document' || name === '#document-fragment') {
      this.nodeType = DOCUMENT_NODE;
      this.nodeValue = null;
    } else if (name === '#documentType') {
      this.nodeType = DOCUMENT_TYPE_NODE;
      this.nodeValue = null;
    } else {
      this.nodeType = ELEMENT_NODE;
      this.nodeValue = null;
    }
    this.nodeName = this.nodeType === ELEMENT_NODE ? name.toUpperCase() : name;
  }

  get childNodes(): ArrayLike<DomLikeNode> {
    if (this.children === null) {
      const kids = 'childNodes' in this.node ? (this.node.childNodes as Parse5Node[]) : [];
      this.children = kids.map((kid) => new Parse5View(kid));
    }
    return this.children;
  }

  getAttribute(name: string): string | null {
    if (this.nodeType !== ELEMENT_NODE) return null;
    const attrs = (this.node as DefaultTreeAdapterMap['element']).attrs;
    return attrs.find((attr) => attr.name === name)?.value ?? null;
  }
}

/**
 * The document of an HTML string, parsed as a browser would with scripting disabled (as
 * DOMParser does: `<noscript>` content is markup, not raw text).
 */
export function parseHtml(html: string): DomLikeNode {
  return new Parse5View(parse(html, { scriptingEnabled: false }));
}
