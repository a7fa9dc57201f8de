import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICNS_CHUNKS, ICO_SIZES, LINUX_SIZES, MASTER_SIZE, packBits } from './make-icons';
import { renderIcon } from './make-icons.art';

const assets = join(import.meta.dirname, '../assets');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** Inverse of packBits, as macOS reads is32/il32. */
function unpackBits(data: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i < data.length; ) {
    const control = data[i++] ?? 0;
    if (control < 0x80) {
      out.push(...data.subarray(i, i + control + 1));
      i += control + 1;
    } else {
      out.push(...Array<number>(control - 0x80 + 3).fill(data[i++] ?? 0));
    }
  }
  return out;
}

const pixelsOf = (file: string) => PNG.sync.read(readFileSync(join(assets, file))).data;

describe('the committed icons', () => {
  it('has icon.png at 1024 px and every Linux size as icons/NxN.png', () => {
    expect(pngSize(readFileSync(join(assets, 'icon.png')))).toEqual([MASTER_SIZE, MASTER_SIZE]);
    for (const size of LINUX_SIZES) expect(pngSize(readFileSync(join(assets, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
  });

  it('has an ICO whose directory lists 16 to 256 px, each entry a valid image of its size', () => {
    const ico = readFileSync(join(assets, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    const listed = [];
    for (let n = 0; n < ico.readUInt16LE(4); n++) {
      const at = 6 + 16 * n;
      const size = ico[at] || 256;
      listed.push(size);
      expect(ico[at + 1] || 256).toBe(size);
      expect(ico.readUInt16LE(at + 6)).toBe(32);
      const data = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      if (data.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngSize(data)).toEqual([size, size]);
        continue;
      }
      // A bitmap entry: BITMAPINFOHEADER, height doubled for the mask, rows bottom up in BGRA.
      expect([data.readUInt32LE(0), data.readInt32LE(4), data.readInt32LE(8), data.readUInt16LE(14)]).toEqual([40, size, size * 2, 32]);
      if (LINUX_SIZES.includes(size as (typeof LINUX_SIZES)[number])) {
        const png = pixelsOf(join('icons', `${size}x${size}.png`));
        const bgra = data.subarray(40, 40 + size * size * 4);
        const top = (size - 1) * size * 4;
        expect([bgra[top + 2], bgra[top + 1], bgra[top], bgra[top + 3]]).toEqual([png[0], png[1], png[2], png[3]]);
        const rgba = Buffer.alloc(size * size * 4);
        for (let y = 0; y < size; y++) {
          for (let x = 0; x < size; x++) {
            const from = ((size - 1 - y) * size + x) * 4;
            rgba.set([bgra[from + 2] ?? 0, bgra[from + 1] ?? 0, bgra[from] ?? 0, bgra[from + 3] ?? 0], (y * size + x) * 4);
          }
        }
        expect(rgba.equals(png)).toBe(true);
      }
    }
    expect(listed).toEqual([...ICO_SIZES]);
  });

  it('has an ICNS with every chunk macOS uses, each of the right size', () => {
    const icns = readFileSync(join(assets, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks = new Map<string, Buffer>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      chunks.set(icns.toString('latin1', at, at + 4), icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
    }
    expect([...chunks.keys()]).toEqual(ICNS_CHUNKS.map(([type]) => type));
    for (const [type, size] of ICNS_CHUNKS) {
      const data = chunks.get(type) ?? Buffer.alloc(0);
      if (data.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngSize(data)).toEqual([size, size]);
        continue;
      }
      // The old pair: PackBits RGB planes (is32/il32) and a plain 8-bit mask (s8mk/l8mk).
      const png = pixelsOf(join('icons', `${size}x${size}.png`));
      const plane = (c: number) => Buffer.from(png.filter((_, k) => k % 4 === c));
      if (type.endsWith('8mk')) expect(data.equals(plane(3))).toBe(true);
      else expect(Buffer.from(unpackBits(data)).equals(Buffer.concat([plane(0), plane(1), plane(2)]))).toBe(true);
    }
  });

  it('are what scripts/make-icons.ts draws (regenerate them after changing the drawing)', () => {
    for (const size of [16, 48, 128]) {
      const drawn = renderIcon(size);
      const committed = pixelsOf(join('icons', `${size}x${size}.png`));
      const worst = drawn.reduce((max, value, k) => Math.max(max, Math.abs(value - (committed[k] ?? 0))), 0);
      expect(worst, `${size} px`).toBeLessThanOrEqual(1);
    }
  });

  it('is crisp at 16 px: the sheet edges sit on whole pixels', () => {
    const pixels = renderIcon(16);
    const alpha = (x: number, y: number) => pixels[(y * 16 + x) * 4 + 3] ?? 0;
    // Left edge column of the sheet: opaque from top to bottom (a blurred edge would be partial).
    const column = [...Array(16).keys()].map((x) => [...Array(16).keys()].filter((y) => alpha(x, y) === 255).length);
    expect(Math.max(...column)).toBeGreaterThanOrEqual(12);
    expect(column.findIndex((count) => count >= 12)).toBe(column.findIndex((count) => count > 0));
  });
});

describe('PackBits for the old ICNS chunks', () => {
  it.each([
    ['runs and literals', [1, 1, 1, 1, 2, 3, 4, 4, 5, 5, 5]],
    ['a long run', Array<number>(300).fill(7)],
    ['a long literal', [...Array(300).keys()].map((n) => n % 251)],
    ['a short tail', [9, 9]],
  ])('round-trips %s', (_name, bytes) => {
    expect(unpackBits(packBits(Uint8Array.from(bytes)))).toEqual(bytes);
  });
});
