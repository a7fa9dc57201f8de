/**
 * What a run's font says about its characters: the legacy Vietnamese fonts (.VnTime and the other
 * ABC fonts are TCVN3, VNI-* fonts are VNI) hold text in those encodings, and the Symbol and
 * Wingdings characters of w:sym stand for the marks they draw.
 */
import type { XElement } from './xml-tree';

/** The legacy encoding a font implies: .Vn* fonts are TCVN3 (ABC), VNI-* fonts are VNI. */
export function legacyEncodingOfFont(font: string | null): { encoding: 'tcvn3' | 'vni'; caps: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', caps: /h$/iu.test(name.replace(/\s+(bold|italic)$/iu, '')) };
  if (/^vni[-\s]/iu.test(name)) return { encoding: 'vni', caps: false };
  return null;
}

const SYMBOL_CHARS: Readonly<Record<number, string>> = { 0xf02d: '-', 0xf0b7: '•', 0xf0a7: '▪', 0xf0d8: '➢', 0xf076: '❖', 0xf02b: '+' };

/** The character a w:sym element draws. */
export function symbolChar(sym: XElement): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code)) return '';
  return SYMBOL_CHARS[code] ?? (code >= 0xf020 && code < 0xf080 ? String.fromCharCode(code - 0xf000) : '');
}

