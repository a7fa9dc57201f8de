/** Date line of ô 4 per NĐ30 Phụ lục I II.4. */

/**
 * Non-breaking spaces that keep a blank day or month visible in Word and PDF (docs/layout-rules.md §17): the
 * văn thư writes them in by hand, and plain spaces would collapse.
 */
export const BLANK_FIELD = '\u00A0'.repeat(6);
/** The blank left for the day in a draft for signing. */
export const BLANK_DAY = BLANK_FIELD;
/** The blank left for the month; unsigned drafts often leave it too ("ngày    tháng    năm 2026"). */
export const BLANK_MONTH = BLANK_FIELD;

/** Said when a day is set but the month is blank. */
export const DAY_WITHOUT_MONTH = 'Không thể ghi ngày khi để trống tháng';

/** Day with a leading zero below 10 ("05"), as NĐ30 writes it. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month with a leading zero for January and February only ("01", "02", "3", "12"). */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** A date as the report holds it: day, or day and month, may be blank (null); the year is set. */
export interface DateParts {
  day: number | null;
  month: number | null;
  year: number;
}

/** "ngày 05 tháng 01 năm 2020", with a visible blank for a day or month that is not set. */
export function formatDatePhrase(date: DateParts): string {
  const day = date.day === null ? BLANK_DAY : formatDay(date.day);
  const month = date.month === null ? BLANK_MONTH : formatMonth(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "Hà Nội, ngày 05 tháng 01 năm 2020": the place-and-date line. */
export function formatDateLine(place: string, date: DateParts): string {
  const where = place.trim();
  return where ? `${where}, ${formatDatePhrase(date)}` : formatDatePhrase(date);
}

/**
 * Whether day/month/year form a real calendar date. A blank day is always valid; a blank month
 * is valid only with a blank day (a day without its month means nothing).
 */
export function isValidDate(date: DateParts): boolean {
  if (date.day === null) return true;
  if (date.month === null) return false;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day >= 1 && date.day <= daysInMonth;
}
