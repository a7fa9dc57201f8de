import { describe, expect, it } from 'vitest';
import { toNfc } from './nfc';

const nfd = 'Quảng Trị'.normalize('NFD');

describe('toNfc', () => {
  it('normalises every string of a nested value', () => {
    const value = { title: nfd, list: [nfd, { deep: nfd }], n: 3, none: null };
    expect(toNfc(value)).toEqual({ title: 'Quảng Trị', list: ['Quảng Trị', { deep: 'Quảng Trị' }], n: 3, none: null });
    expect(value.title).toBe(nfd);
  });

  it('reuses the normalised copy of a part that did not change, and redoes a changed one', () => {
    const shared = { paragraphs: [nfd] };
    const first = toNfc({ a: shared, b: { text: nfd } });
    const second = toNfc({ a: shared, b: { text: `${nfd}!` } });
    expect(second.a).toBe(first.a);
    expect(second.b.text).toBe('Quảng Trị!');
    expect(toNfc(first)).toBe(first);
  });
});
