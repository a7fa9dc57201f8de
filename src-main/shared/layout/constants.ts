/**
 * The fixed words and numbers of the NĐ30 layout, each defined once (docs/layout-rules.md).
 * Values tagged "our choice" there sit inside the legal ranges and can change here only.
 */
import { mmToTwips } from './units';

/** Times New Roman, black (§2.1). */
export const FONT_FAMILY = 'Times New Roman';
export const TEXT_COLOR = '000000';
/** Bright red of the urgency and secrecy stamps (§14). */
export const STAMP_RED = 'FF0000';

/** §4.1. NĐ30's rule text writes "HÒA". */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** §4.1: hyphen-minus with a space on each side, never an en dash. */
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const DOC_TYPE = 'BÁO CÁO';
export const KINH_GUI = 'Kính gửi';
export const NOI_NHAN_LABEL = 'Nơi nhận:';
export const DRAFT_MARK_TEXT = 'DỰ THẢO';
export const APPENDIX_WORD = 'Phụ lục';
export const PART_WORD = 'Phần';
/** "- Như trên;" opens the Nơi nhận list of a report that has Kính gửi (§9). */
export const AS_ABOVE = 'Như trên';
/** The Văn thư's copy, first in the Lưu line (§9). */
export const ARCHIVE_VT = 'VT';

/** A4 portrait (§1). */
export const A4 = { width: 11906, height: 16838 } as const;
/** Distance of the page-number header (and the ô 13 footer) from the page edge: 10 mm as in the official files. */
export const HEADER_DISTANCE = mmToTwips(10);

/** Header table (§3.3): runs 3.5 mm into both side margins and pads its cells 1.5 mm, as Mẫu 1.4. */
export const HEADER_OVERHANG = mmToTwips(3.5);
export const HEADER_CELL_PADDING = mmToTwips(1.5);
/** Share of the right (quốc hiệu) column: about 60 %. */
export const HEADER_RIGHT_SHARE = 0.6;
/** Slack on the measured quốc hiệu width for kerning and renderer rounding (our choice). */
export const QUOC_HIEU_SLACK = 1.03;
/** Space above the Số and date row. */
export const NUMBER_ROW_GAP = 100;

/** Share of each short rule in its text line: NĐ30 asks for 1/3 to 1/2 (our choice 0.4). */
export const SHORT_RULE_RATIO = 0.4;
/** Shortest rule printed, so a very short line still gets a visible one (1 cm). */
export const MIN_RULE = 567;
/** Distance from the text above to a rule. */
export const RULE_GAP = 80;

/** Space between the header table and "BÁO CÁO" (about 1.5 blank lines, Mẫu 1.4). */
export const TITLE_GAP = 360;
/** Space above Kính gửi. */
export const KINH_GUI_GAP = 240;

/** Signature table (§8–9): Nơi nhận column share (Mẫu 1.4 32 %, other forms 35–38 %). */
export const SIGNATURE_LEFT_SHARE = 0.35;
/** Space between the content and the signature area (about one blank line). */
export const SIGNATURE_GAP = 240;
export const SIGNATURE_PADDING = 85;
/** One blank line of the signature gap is 1.5 lines of the signer size (4 lines ≈ 3 cm at 14 pt). */
export const SIGNATURE_LINE_FACTOR = 1.5;

/** Framed marks (§14): height 8 mm, 1 mm padding, 0.75 pt border. */
export const FRAME_HEIGHT = mmToTwips(8);
export const FRAME_PADDING = mmToTwips(1);
export const FRAME_BORDER_PT = 0.75;
/** Frame widths NĐ30 gives for the urgency stamps. */
export const URGENCY_WIDTH_MM = { KHẨN: 20, 'THƯỢNG KHẨN': 40, 'HỎA TỐC': 30 } as const;
/** Narrowest frame of the other marks, and the room left around their text (2 mm each side + slack). */
export const FRAME_MIN_MM = 20;
export const FRAME_TEXT_ROOM = mmToTwips(4) + 114;
/** Room added to the urgency text before comparing it with NĐ30's frame (padding + slack). */
export const URGENCY_TEXT_ROOM = 2 * FRAME_PADDING + 60;
/** Space between stacked marks, and between the top-row frames and the agency lines. */
export const MARK_GAP = 80;
export const TOP_MARK_GAP = 160;

/** Content tables: 0.5 pt single borders, cell padding (our choice). */
export const TABLE_BORDER_PT = 0.5;
export const TABLE_CELL_PADDING = { left: 85, right: 85, top: 40, bottom: 40 } as const;
/** Space around a table caption. */
export const CAPTION_BEFORE = 120;
export const CAPTION_AFTER = 60;
/** Least space between a table's border and the block above it, and between two tables. */
export const TABLE_GAP = 120;

/** Space below the rule under an appendix's reference line. */
export const APPENDIX_RULE_AFTER = 120;
