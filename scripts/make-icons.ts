/**
 * Writes the app's icons into assets/ (electron-builder's buildResources) from the drawing in
 * make-icons.art.ts: icon.png (1024), icon.ico (Windows), icon.icns (macOS) and icons/NxN.png
 * (Linux). Every size is rendered natively; the containers are written here, byte by byte, so
 * the small sizes are the crisp renders rather than a 1024 image scaled down.
 *
 *   npx tsx scripts/make-icons.ts        (the files are committed; run after changing the drawing)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { renderIcon } from './make-icons.art';

/** Sizes in icon.ico: what Explorer, the taskbar and the installer ask for. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** Sizes of assets/icons/NxN.png: the hicolor theme's usual set. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** The chunks of icon.icns and the pixel size of each (ic11–ic14 are the @2x variants). */
export const ICNS_CHUNKS = [
  ['is32', 16],
  ['s8mk', 16],
  ['il32', 32],
  ['l8mk', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
] as const;
/** The size of assets/icon.png, the source electron-builder falls back to. */
export const MASTER_SIZE = 1024;

/** RGBA pixels as a PNG file. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  png.data = Buffer.from(pixels);
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
}

/** A 32-bit Windows bitmap with its AND mask, as an ICO entry holds it (rows bottom up, BGRA). */
function icoBitmap(pixels: Uint8Array, size: number): Buffer {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows and mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const colour = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const row = size - 1 - y;
      const to = (row * size + x) * 4;
      colour[to] = pixels[from + 2] ?? 0;
      colour[to + 1] = pixels[from + 1] ?? 0;
      colour[to + 2] = pixels[from] ?? 0;
      colour[to + 3] = pixels[from + 3] ?? 0;
      const bit = row * maskRow + (x >> 3);
      if (pixels[from + 3] === 0) mask[bit] = (mask[bit] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/**
 * An ICO file of the given renders. Below 64 px the entries are bitmaps (the properties dialog
 * of older Windows shows PNG entries badly); from 64 px on, PNG keeps the file small.
 */
export function buildIco(render: (size: number) => Uint8Array, sizes: readonly number[] = ICO_SIZES): Buffer {
  const images = sizes.map((size) => (size < 64 ? icoBitmap(render(size), size) : encodePng(render(size), size)));
  const head = Buffer.alloc(6 + 16 * sizes.length);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(sizes.length, 4);
  let offset = head.length;
  sizes.forEach((size, n) => {
    const at = 6 + 16 * n;
    head[at] = size >= 256 ? 0 : size; // 0 means 256
    head[at + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(images[n]?.length ?? 0, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += images[n]?.length ?? 0;
  });
  return Buffer.concat([head, ...images]);
}

/** Apple's PackBits variant for is32/il32: runs of 3–130 equal bytes, literals of 1–128. */
export function packBits(bytes: Uint8Array): Buffer {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let run = 1;
    while (i + run < bytes.length && run < 130 && bytes[i + run] === bytes[i]) run++;
    if (run >= 3) {
      out.push(0x80 + run - 3, bytes[i] ?? 0);
      i += run;
      continue;
    }
    const start = i;
    while (i < bytes.length && i - start < 128 && !(bytes[i] === bytes[i + 1] && bytes[i] === bytes[i + 2])) i++;
    if (i === start) i++; // a run shorter than 3 at the very end
    out.push(i - start - 1, ...bytes.subarray(start, i));
  }
  return Buffer.from(out);
}

/** One ICNS chunk's data: PNG, or the old RGB + 8-bit mask pair that every macOS reads. */
function icnsData(type: string, pixels: Uint8Array, size: number): Buffer {
  if (type === 's8mk' || type === 'l8mk') return Buffer.from(pixels.filter((_, k) => k % 4 === 3));
  if (type === 'is32' || type === 'il32') {
    const planes = [0, 1, 2].map((c) => packBits(pixels.filter((_, k) => k % 4 === c)));
    return Buffer.concat(planes);
  }
  return encodePng(pixels, size);
}

/** An ICNS file of the given renders. */
export function buildIcns(render: (size: number) => Uint8Array): Buffer {
  const chunks = ICNS_CHUNKS.map(([type, size]) => {
    const data = icnsData(type, render(size), size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** Renders each size once and writes every icon file into `dir`. */
export function writeIcons(dir: string): string[] {
  const renders = new Map<number, Uint8Array>();
  const render = (size: number) => {
    let pixels = renders.get(size);
    if (!pixels) renders.set(size, (pixels = renderIcon(size)));
    return pixels;
  };
  mkdirSync(join(dir, 'icons'), { recursive: true });
  const files: [string, Buffer][] = [
    ['icon.png', encodePng(render(MASTER_SIZE), MASTER_SIZE)],
    ['icon.ico', buildIco(render)],
    ['icon.icns', buildIcns(render)],
    ...LINUX_SIZES.map((size): [string, Buffer] => [join('icons', `${size}x${size}.png`), encodePng(render(size), size)]),
  ];
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
  return files.map(([name]) => name);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(import.meta.dirname, '../assets');
  for (const name of writeIcons(dir)) console.log(join('assets', name));
}
