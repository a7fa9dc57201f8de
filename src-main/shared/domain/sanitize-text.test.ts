import { describe, expect, it } from 'vitest';
import { createSanitizer, isXmlSafe, sanitizeText } from './sanitize-text';

const FORBIDDEN = [
  ...Array.from({ length: 9 }, (_, i) => String.fromCharCode(i)),
  '\u000B',
  '\u000C',
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => String.fromCharCode(0x0e + i)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
];

describe('sanitizeText', () => {
  it('removes and counts every character XML 1.0 forbids', () => {
    const input = FORBIDDEN.map((c, i) => `${c}${i}`).join('');
    const { text, removed } = sanitizeText(input);
    expect(removed).toBe(FORBIDDEN.length);
    expect(text).toBe(FORBIDDEN.map((_, i) => String(i)).join(''));
    expect(isXmlSafe(text)).toBe(true);
  });

  it('keeps tab, line feed, surrogate pairs and C1 controls (legal in XML 1.0)', () => {
    const { text, removed } = sanitizeText('a\tb\nc 😀 𠀀 \u0085\u007F');
    expect(removed).toBe(0);
    expect(text).toBe('a\tb\nc 😀 𠀀 \u0085\u007F');
  });

  it('folds CRLF, CR, U+2028 and U+2029 into "\\n"', () => {
    expect(sanitizeText('a\r\nb\rc\u2028d\u2029e').text).toBe('a\nb\nc\nd\ne');
  });

  it('normalises NFD Vietnamese to NFC', () => {
    const nfd = 'Báo cáo Cộng hòa Việt Nam'.normalize('NFD');
    const { text } = sanitizeText(nfd);
    expect(text).toBe('Báo cáo Cộng hòa Việt Nam'.normalize('NFC'));
    expect(text.length).toBeLessThan(nfd.length);
  });

  it('removes a lone surrogate left next to a valid pair without breaking the pair', () => {
    expect(sanitizeText('\uD83D\uDE00\uD83D').text).toBe('😀');
    expect(sanitizeText('\uDE00\uD83D\uDE00').removed).toBe(1);
  });
});

describe('createSanitizer', () => {
  it('adds up the removed characters over several strings', () => {
    const s = createSanitizer();
    expect(s.clean('a\u0001')).toBe('a');
    expect(s.clean('\uFFFFb\uFFFE')).toBe('b');
    expect(s.removed).toBe(3);
  });
});
