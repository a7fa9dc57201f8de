import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipFiles, ZipError, zipFiles } from './zip';

const files: [string, string | Uint8Array][] = [
  ['[Content_Types].xml', '<Types/>'],
  ['word/document.xml', `<w:document>${'Nội dung báo cáo. '.repeat(2000)}</w:document>`],
  ['word/empty.xml', ''],
  ['word/media/ảnh.bin', new Uint8Array([0, 1, 2, 255])],
];

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('zip', () => {
  it('writes zips fflate reads, with every file as given', () => {
    const unzipped = unzipSync(zipFiles(files));
    expect(Object.keys(unzipped)).toEqual(files.map(([name]) => name));
    for (const [name, content] of files) {
      expect(unzipped[name]).toEqual(typeof content === 'string' ? strToU8(content) : content);
    }
  });

  it('reads back what it writes, in order', () => {
    const read = unzipFiles(zipFiles(files));
    expect([...read.keys()]).toEqual(files.map(([name]) => name));
    expect(text(read.get('word/document.xml'))).toBe(files[1]?.[1]);
    expect(read.get('word/empty.xml')?.length).toBe(0);
  });

  it('reads zips fflate writes, stored or deflated', () => {
    const zipped = zipSync({ 'a.xml': strToU8('<a/>'), 'dir/': new Uint8Array(0), 'b.xml': [strToU8('<b/>'), { level: 0 }] });
    const read = unzipFiles(zipped);
    expect([...read.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(text(read.get('b.xml'))).toBe('<b/>');
  });

  it('refuses damaged zips', () => {
    const good = zipFiles(files);
    const corrupt = (at: number) => {
      const copy = good.slice();
      copy[at] = (copy[at] ?? 0) ^ 0xff;
      return copy;
    };
    expect(() => unzipFiles(new Uint8Array(10))).toThrow(ZipError);
    expect(() => unzipFiles(good.subarray(0, good.length - 1))).toThrow(/end of central directory/);
    expect(() => unzipFiles(corrupt(0))).toThrow(/local header/);
    // A byte inside the compressed document: inflating fails or the CRC-32 differs.
    expect(() => unzipFiles(corrupt(30 + '[Content_Types].xml'.length + 10 + 30 + 'word/document.xml'.length + 40))).toThrow(ZipError);
    // The CRC-32 of the first entry in its central directory record.
    const central = good.length - 22 - files.reduce((n, [name]) => n + 46 + Buffer.byteLength(name), 0);
    expect(() => unzipFiles(corrupt(central + 16))).toThrow(/CRC-32/);
  });
});
