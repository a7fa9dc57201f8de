import { describe, expect, it } from 'vitest';
import { apportion, MIN_WIDTH, resizeColumn, toPercents, WIDTH_STEP } from './table-widths';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('apportion', () => {
  it('shares a total in whole numbers that add up exactly', () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([1, 6, 2, 3], 100)).toEqual([8, 50, 17, 25]);
    expect(sum(apportion([3, 7, 11, 13], 100))).toBe(100);
  });
});

describe('resizeColumn', () => {
  it('widens one column by a step, the others giving in proportion', () => {
    const out = resizeColumn([1, 6, 2, 3], 0, 1);
    expect(out[0]).toBe(toPercents([1, 6, 2, 3])[0]! + WIDTH_STEP);
    expect(sum(out)).toBe(100);
    expect(out[1]).toBeLessThan(50);
  });

  it('narrows one column by a step, never below the minimum', () => {
    expect(resizeColumn([50, 50], 1, -1)).toEqual([55, 45]);
    expect(resizeColumn([6, 94], 0, -1)).toEqual([MIN_WIDTH, 100 - MIN_WIDTH]);
    expect(resizeColumn([5, 95], 0, -1)).toEqual([5, 95]);
  });

  it('keeps every other column at the minimum or more while widening', () => {
    const out = resizeColumn([5, 5, 90], 2, 1);
    expect(out).toEqual([5, 5, 90]);
    const wide = resizeColumn([10, 10, 80], 2, 1);
    expect(wide.every((w) => w >= MIN_WIDTH)).toBe(true);
    expect(wide[2]).toBe(85);
  });

  it('leaves a single column as it is', () => {
    expect(resizeColumn([3], 0, 1)).toEqual([3]);
  });
});
