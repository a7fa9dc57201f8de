/**
 * A quick proof that an XML part is well-formed, for the common case: the XML docx writes. It
 * accepts only a strict subset of namespace-well-formed XML 1.0 — an optional XML declaration,
 * elements with ASCII names and quoted attributes, text, and the five predefined entities — and
 * says "not proven" (false) for everything else: comments, CDATA, processing instructions, a
 * DOCTYPE, character references, "]]>", non-ASCII names, unusual namespace declarations, and of
 * course every error. read-back.ts then hands the part to saxes, which decides and explains.
 *
 * Why: saxes reads one character at a time in JavaScript; in a fresh process (the `baocao`
 * command) that code runs cold, and reading a 100-page document.xml took ~130 ms of CPU. This
 * check walks the markup with a few regular expressions (compiled to machine code by V8) and is
 * checked against saxes on mutated documents in xml-check.test.ts: whatever it accepts, saxes
 * (strict, xmlns on) accepts too.
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Characters to look at more closely: forbidden in XML 1.0, or surrogates (fine when paired). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** Characters XML 1.0 forbids anywhere, and surrogates that do not pair up. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"UTF-8"|'UTF-8'|"utf-8"|'utf-8'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"yes"|'yes'|"no"|'no'))?[ \t\r\n]*\?>/y;
const SPACE = /[ \t\r\n]*/y;
const ONLY_SPACE = /^[ \t\r\n]*$/;
const NAME = '[A-Za-z_][A-Za-z0-9._-]*';
const QNAME = `${NAME}(?::${NAME})?`;
const ENTITY = '&(?:amp|lt|gt|quot|apos);';
// Written as "unrolled loops" (x*(?:&…;x*)*): one way to match, so no backtracking blow-up on
// bad input (a nested (x+|y)* takes exponential time when the closing quote is missing).
const VALUE = `"[^<&"]*(?:${ENTITY}[^<&"]*)*"|'[^<&']*(?:${ENTITY}[^<&']*)*'`;
const TEXT = `(?:[^<&]|${ENTITY})[^<&]*(?:${ENTITY}[^<&]*)*`;
const ATTRIBUTE = `[ \\t\\r\\n]+(${QNAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(${VALUE})`;
/**
 * One token from the current position: text with predefined entities (1), a start tag (2 name,
 * 3 attributes, 4 "/") or an end tag (5 name).
 */
const TOKEN = new RegExp(
  `(${TEXT})|<(${QNAME})((?:${ATTRIBUTE.replace(/\((?!\?)/g, '(?:')})*)[ \\t\\r\\n]*(/?)>|</(${QNAME})[ \\t\\r\\n]*>`,
  'y',
);
const ATTRIBUTES = new RegExp(ATTRIBUTE, 'y');
/** Names starting with "xml" are reserved: outside xml:… attributes and xmlns declarations, not proven. */
const RESERVED = /^xml/i;
const reserved = (name: string): boolean => (name.charCodeAt(0) | 0x20) === 0x78 /* x or X */ && RESERVED.test(name);

/** Namespace prefixes in scope; an element that declares some gets a child (prototype chain). */
type Scope = Record<string, string | undefined>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS });

/** Checks a start tag's attributes; returns the element's scope, or null when not proven. */
function attributeScope(attributes: string, parent: Scope): Scope | null {
  let scope = parent;
  const names: string[] = [];
  ATTRIBUTES.lastIndex = 0;
  while (ATTRIBUTES.lastIndex < attributes.length) {
    const match = ATTRIBUTES.exec(attributes);
    if (!match) return null;
    const attr = match[1] ?? '';
    if (names.includes(attr)) return null; // an attribute given twice
    names.push(attr);
    if (attr === 'xmlns' || attr.startsWith('xmlns:')) {
      const value = (match[2] ?? '').slice(1, -1);
      const prefix = attr.length > 5 ? attr.slice(6) : '';
      if (value.includes('&') || value === XML_NS || value === XMLNS_NS || reserved(prefix)) return null;
      if (prefix && !value) return null; // xmlns:p="" is not allowed in XML 1.0 namespaces
      if (scope === parent) scope = Object.create(parent) as Scope;
      scope[prefix] = value;
    }
  }
  // Prefixes are checked once the element's own declarations are known.
  let prefixed = 0;
  for (const attr of names) {
    if (attr === 'xmlns' || attr.startsWith('xmlns:')) continue;
    const colon = attr.indexOf(':');
    if (colon < 0) {
      if (reserved(attr)) return null;
      continue;
    }
    const prefix = attr.slice(0, colon);
    if (reserved(attr.slice(colon + 1)) || (prefix !== 'xml' && reserved(prefix)) || scope[prefix] === undefined) return null;
    prefixed++;
  }
  if (prefixed > 1) {
    // Two attributes may not have the same namespace and local name under different prefixes.
    const expanded = new Set<string>();
    for (const attr of names) {
      const colon = attr.indexOf(':');
      if (colon < 0 || attr.startsWith('xmlns:')) continue;
      const key = `${scope[attr.slice(0, colon)]}}${attr.slice(colon + 1)}`;
      if (expanded.has(key)) return null;
      expanded.add(key);
    }
  }
  return scope;
}

/**
 * True when `xml` is proven well-formed, namespace-well-formed XML 1.0; false when it is not
 * well-formed or just outside what this check knows (then ask a full parser).
 */
export function isWellFormedXmlSubset(xml: string): boolean {
  if ((SUSPECT.test(xml) && FORBIDDEN.test(xml)) || xml.includes(']]>')) return false;
  let at = 0;
  DECLARATION.lastIndex = 0;
  if (DECLARATION.test(xml)) at = DECLARATION.lastIndex;
  SPACE.lastIndex = at;
  SPACE.test(xml);
  at = SPACE.lastIndex;
  if (xml.charCodeAt(at) !== 0x3c /* < */) return false;

  const names: string[] = [];
  const scopes: Scope[] = [];
  /** Start tags already proven in a scope (tags that declare namespaces are never stored). */
  const proven = new Map<Scope, Set<string>>();
  let depth = 0;
  let seenRoot = false;
  TOKEN.lastIndex = at;
  while (at < xml.length) {
    const match = TOKEN.exec(xml);
    if (!match) return false;
    at = TOKEN.lastIndex;
    const name = match[2];
    if (name !== undefined) {
      if (depth === 0 && seenRoot) return false; // a second root
      seenRoot = true;
      const parent = depth > 0 ? (scopes[depth - 1] as Scope) : ROOT_SCOPE;
      let scope = parent;
      // The same tag in the same scope needs checking once (<w:p>, <w:t xml:space="preserve">…).
      let known = proven.get(parent);
      if (!known) proven.set(parent, (known = new Set()));
      if (!known.has(match[0])) {
        const own = match[3] ? attributeScope(match[3], parent) : parent;
        if (own === null) return false;
        const colon = name.indexOf(':');
        if (colon < 0) {
          if (reserved(name)) return false;
        } else if (reserved(name) || reserved(name.slice(colon + 1)) || own[name.slice(0, colon)] === undefined) {
          return false;
        }
        if (own === parent) known.add(match[0]);
        scope = own;
      }
      if (!match[4]) {
        names[depth] = name;
        scopes[depth] = scope;
        depth++;
      }
    } else if (match[5] !== undefined) {
      if (depth === 0 || names[depth - 1] !== match[5]) return false;
      depth--;
    } else if (depth === 0 && !ONLY_SPACE.test(match[1] ?? '')) {
      return false; // only white space may be outside the root
    }
  }
  return seenRoot && depth === 0;
}
