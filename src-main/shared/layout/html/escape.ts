/**
 * Escaping for the page HTML. Every string of a draft reaches the page only through these, so
 * text such as `<script>` or `<img onerror>` prints as the characters typed and never runs.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

/** Text safe to place between tags or inside a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (ch) => ENTITIES[ch] ?? ch);
}

/** An attribute value from an id or key: escaped like text (ids are checked upstream too). */
export const escapeAttr = escapeHtml;
