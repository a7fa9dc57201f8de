/**
 * Limits on everything that comes in: drafts (editor, CLI, transfer files, backups, importers),
 * settings and API arguments. One number and one Vietnamese message each; the zod schemas apply
 * them, so the schema is the limit and every path that parses with it inherits them.
 *
 * They are generous — a real 300-page report fits many times over — and exist so that broken or
 * hostile input cannot exhaust memory or the stack, nor make every list carry megabytes. A draft
 * accepted under them is always readable, exportable, backed up and restored.
 */
import { z } from 'zod';

/** A number in Vietnamese form, thousands separated by dots: 100000 → "100.000". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A limit with the message a clerk reads when it is hit. */
export interface Limit {
  readonly max: number;
  readonly message: string;
}

const text = (label: string, max: number): Limit => ({ max, message: `"${label}" dài quá giới hạn ${formatCount(max)} ký tự` });
const list = (label: string, max: number, unit: string): Limit => ({
  max,
  message: `"${label}" có quá nhiều ${unit} (tối đa ${formatCount(max)})`,
});
const amount = (label: string, max: number): Limit => ({ max, message: `"${label}" không được lớn hơn ${formatCount(max)}` });

/** A zod string within `limit`. */
export const textWithin = (limit: Limit) => z.string().max(limit.max, limit.message);
/** A zod array of `item` within `limit`. */
export const listWithin = <T extends z.ZodType>(item: T, limit: Limit) => z.array(item).max(limit.max, limit.message);

/** Characters of one text field. */
export const TEXT_LIMITS = {
  title: text('Trích yếu', 2_000),
  parentAgency: text('Tên cơ quan chủ quản', 1_000),
  issuingAgency: text('Tên cơ quan ban hành', 1_000),
  typeAbbr: text('Chữ viết tắt loại văn bản', 20),
  agencyAbbr: text('Chữ viết tắt tên cơ quan', 100),
  extraGroup: text('Phần thêm của ký hiệu', 100),
  place: text('Địa danh', 200),
  addressLine: text('Địa chỉ, điện thoại của cơ quan', 1_000),
  recipient: text('Nơi nhận', 1_000),
  archive: text('Lưu', 500),
  authorityTitle: text('Thẩm quyền ký', 500),
  signerTitle: text('Chức vụ người ký', 500),
  signerName: text('Họ tên người ký', 200),
  drafterCode: text('Ký hiệu người soạn thảo', 50),
  template: text('Mẫu văn bản', 100),
  partId: text('Mã mục', 100),
  sectionTitle: text('Tiêu đề mục', 2_000),
  numberOverride: text('Số mục', 50),
  appendixTitle: text('Tiêu đề phụ lục', 2_000),
  /** One run of paragraph text: a long paragraph is a few thousand characters. */
  run: text('Đoạn văn', 100_000),
  caption: text('Tên bảng', 2_000),
  profileId: text('Mã hồ sơ cơ quan', 100),
  folder: text('Thư mục xuất', 4_096),
} as const satisfies Record<string, Limit>;

/** Items of one list. */
export const LIST_LIMITS = {
  /** Sections side by side at one level (I., II., …). */
  sections: list('Mục', 1_000, 'mục cùng cấp'),
  /** Blocks of one container: the opening, a section, an appendix. */
  blocks: list('Nội dung', 10_000, 'đoạn'),
  /** Formatted runs of one paragraph. */
  runs: list('Đoạn văn', 10_000, 'phần định dạng'),
  footnoteRuns: list('Chú thích', 1_000, 'phần định dạng'),
  rows: list('Bảng', 10_000, 'hàng'),
  /** Cells of a row and columns of a table (Word's own limit is 63 columns). */
  cells: list('Hàng của bảng', 63, 'ô'),
  columns: list('Bảng', 63, 'cột'),
  cellParagraphs: list('Ô của bảng', 1_000, 'đoạn'),
  appendices: list('Phụ lục', 200, 'phụ lục'),
  kinhGui: list('Kính gửi', 200, 'nơi nhận'),
  recipients: list('Nơi nhận', 500, 'nơi nhận'),
  profiles: list('Hồ sơ cơ quan', 200, 'hồ sơ'),
  profileSigners: list('Người ký của hồ sơ', 100, 'người ký'),
  transferDrafts: list('Tệp chuyển bản thảo', 10_000, 'bản thảo'),
} as const satisfies Record<string, Limit>;

/** Numbers that have no natural bound of their own. */
export const NUMBER_LIMITS = {
  copies: amount('Số lượng bản phát hành', 1_000_000),
  headerRows: amount('Số hàng tiêu đề của bảng', LIST_LIMITS.rows.max),
} as const satisfies Record<string, Limit>;

/**
 * How deep sections nest, in the body and in each appendix. NĐ30 practice uses Phần / I. / 1. /
 * a) and then "-" and "+" items (blocks, not sections): five levels are the most seen.
 */
const MAX_SECTION_DEPTH = 8;
export const SECTION_DEPTH: Limit = { max: MAX_SECTION_DEPTH, message: `Mục lồng nhau quá giới hạn ${MAX_SECTION_DEPTH} cấp` };

/**
 * Nesting of any JSON value read from outside, checked without recursion before anything walks
 * it (migrations, the schema, stringify). A valid draft nests about 30 deep; the rest is margin.
 */
const MAX_JSON_DEPTH = 64;
export const JSON_DEPTH: Limit = {
  max: MAX_JSON_DEPTH,
  message: `Dữ liệu lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} cấp), không phải một bản thảo hợp lệ`,
};

/**
 * The whole draft, as stored (JSON, 2-space indent, UTF-8). The largest real reports are a few
 * hundred KB; backup entries and transfer files are sized from this.
 */
const MAX_DRAFT_MB = 16;
export const DRAFT_BYTES: Limit = {
  max: MAX_DRAFT_MB * 1024 * 1024,
  message: `Bản thảo quá lớn (vượt giới hạn ${MAX_DRAFT_MB} MB); hãy chuyển bớt bảng hoặc phụ lục sang một bản thảo khác`,
};
/** DRAFT_BYTES.max, for code that sizes buffers and files from it. */
export const MAX_DRAFT_BYTES = DRAFT_BYTES.max;

/** UTF-8 bytes of `JSON.stringify(s)`, counted without building it: quotes, escapes, multi-byte characters. */
function jsonStringBytes(s: string): number {
  let bytes = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x22 || c === 0x5c) bytes += 1; // \" and \\
    } else if (c < 0x20) {
      bytes += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 1 : 5; // \n … or \u00XX
    } else if (c < 0x800) {
      bytes += c < 0x80 ? 0 : 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // a surrogate pair: 4 bytes for 2 units
        i++;
      } else bytes += 5; // a lone surrogate is written as \uXXXX
    } else bytes += 2;
  }
  return bytes;
}

/** What measureJson found; `stopped` when it gave up early because `maxBytes` was passed. */
export interface JsonMeasure {
  /** UTF-8 bytes of `JSON.stringify(value, null, 2)` (of what was walked, when stopped). */
  bytes: number;
  stopped: boolean;
}

/**
 * The pretty-printed size of a JSON-like value, walked without recursion, stopping as soon as
 * `maxBytes` is passed. Call it on values whose depth is known to be bounded or checked.
 */
export function measureJson(value: unknown, maxBytes = Number.POSITIVE_INFINITY): JsonMeasure {
  let bytes = 0;
  const values: unknown[] = [value];
  const levels: number[] = [0];
  while (values.length > 0) {
    const v = values.pop();
    const level = levels.pop() ?? 0;
    if (typeof v === 'string') bytes += jsonStringBytes(v);
    else if (typeof v === 'number') bytes += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === 'boolean') bytes += v ? 4 : 5;
    else if (v === null || typeof v !== 'object') bytes += 4; // null; undefined reaches here only inside arrays
    else {
      const inner = level + 1;
      let n = 0;
      if (Array.isArray(v)) {
        n = v.length;
        for (let i = n - 1; i >= 0; i--) {
          values.push(v[i]);
          levels.push(inner);
        }
      } else {
        const record = v as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          const item = record[key];
          if (item === undefined || typeof item === 'function') continue;
          n++;
          bytes += jsonStringBytes(key) + 2; // "key": 
          values.push(item);
          levels.push(inner);
        }
      }
      // "[", a newline and an indented line per item, commas between, the closing indent and "]".
      bytes += n === 0 ? 2 : 2 + 2 * n + 2 * level + 2 * n * inner;
    }
    if (bytes > maxBytes) return { bytes, stopped: true };
  }
  return { bytes, stopped: false };
}

/** Whether objects and arrays in `value` nest deeper than `max` (`{}` is 1), found without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const values: unknown[] = [value];
  const levels: number[] = [0];
  while (values.length > 0) {
    const v = values.pop();
    const level = levels.pop() ?? 0;
    if (v === null || typeof v !== 'object') continue;
    if (level + 1 > max) return true;
    for (const item of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      if (item === null || typeof item !== 'object') continue;
      values.push(item);
      levels.push(level + 1);
    }
  }
  return false;
}

/** The Vietnamese reason a raw value read from outside cannot be a draft because of its nesting, or undefined. */
export function tooDeepMessage(value: unknown): string | undefined {
  return nestsDeeperThan(value, JSON_DEPTH.max) ? JSON_DEPTH.message : undefined;
}

