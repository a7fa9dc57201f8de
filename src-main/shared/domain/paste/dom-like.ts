/**
 * The part of a DOM tree the paste sanitiser reads: parse-html.ts gives it over parse5's tree
 * (a browser's DOMParser document fits it too). The sanitiser only reads it, and never hands
 * any of it to a live document.
 */

/** A node of a parsed HTML document, as far as the sanitiser reads it. */
export interface DomLikeNode {
  readonly nodeType: number;
  /** Upper case for HTML elements ("P", "O:P"), "#text" and "#comment" otherwise. */
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomLikeNode>;
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** The element's tag in upper case, or '' for anything that is not an element. */
export function tagOf(node: DomLikeNode): string {
  return node.nodeType === ELEMENT_NODE ? node.nodeName.toUpperCase() : '';
}

/** An attribute of an element, or null. */
export function attrOf(node: DomLikeNode, name: string): string | null {
  return node.nodeType === ELEMENT_NODE && node.getAttribute ? node.getAttribute(name) : null;
}

const CONDITIONAL_START = /^\s*\[if\s+!/i;
const CONDITIONAL_END = /^\s*\[endif\]/i;

/** A run of children Word hides from itself: `<![if !supportLists]>…<![endif]>` and the like. */
export interface HiddenRun {
  /** What the condition names, e.g. "supportLists". */
  condition: string;
  nodes: DomLikeNode[];
}

/**
 * The children of a node with Word's downlevel-revealed conditionals taken out. Word writes
 * fallbacks for other programs between `<![if !support…]>` and `<![endif]>` (a list's bullet
 * glyph, a duplicate line break, an image for VML, spacer rows of a table); browsers parse the
 * markers as comments and would show what is between them. `onHidden` receives each such run.
 */
export function visibleChildren(node: DomLikeNode, onHidden?: (run: HiddenRun) => void): DomLikeNode[] {
  const out: DomLikeNode[] = [];
  let hidden: HiddenRun | null = null;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (!child) continue;
    if (child.nodeType === COMMENT_NODE) {
      const value = child.nodeValue ?? '';
      if (hidden === null && CONDITIONAL_START.test(value)) {
        hidden = { condition: value.replace(/^\s*\[if\s+!\s*/i, '').replace(/\]\s*$/, '').trim(), nodes: [] };
      } else if (hidden !== null && CONDITIONAL_END.test(value)) {
        onHidden?.(hidden);
        hidden = null;
      }
      continue;
    }
    if (hidden !== null) hidden.nodes.push(child);
    else out.push(child);
  }
  if (hidden !== null) onHidden?.(hidden);
  return out;
}

/** The text under a node, conditional fallbacks included (walked without recursion). */
export function textUnder(node: DomLikeNode): string {
  let text = '';
  const stack: DomLikeNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) continue;
    if (current.nodeType === TEXT_NODE) text += current.nodeValue ?? '';
    else if (current.nodeType !== COMMENT_NODE) {
      for (let i = current.childNodes.length - 1; i >= 0; i--) {
        const child = current.childNodes[i];
        if (child) stack.push(child);
      }
    }
  }
  return text;
}

/** Every element under `node` (itself included) with the tag, in document order. */
export function elementsByTag(node: DomLikeNode, tag: string): DomLikeNode[] {
  const out: DomLikeNode[] = [];
  const stack: DomLikeNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) continue;
    if (tagOf(current) === tag) out.push(current);
    for (let i = current.childNodes.length - 1; i >= 0; i--) {
      const child = current.childNodes[i];
      if (child && child.nodeType === ELEMENT_NODE) stack.push(child);
    }
  }
  return out;
}
