/** Date line of ô 4 per NĐ30 Phụ lục I II.4. */

/** Non-breaking spaces that keep a blank day visible in Word and PDF. */
export const BLANK_DAY = '\u00A0'.repeat(6);

/** Day with a leading zero below 10 ("05"), as NĐ30 writes it. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month with a leading zero for January and February only ("01", "02", "3", "12"). */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

export interface DateParts {
  day: number | null;
  month: number;
  year: number;
}

/** "ngày 05 tháng 01 năm 2020", with a visible blank day when the day is not set. */
export function formatDatePhrase(date: DateParts): string {
  const day = date.day === null ? BLANK_DAY : formatDay(date.day);
  return `ngày ${day} tháng ${formatMonth(date.month)} năm ${date.year}`;
}

/** "Hà Nội, ngày 05 tháng 01 năm 2020": the place-and-date line. */
export function formatDateLine(place: string, date: DateParts): string {
  const where = place.trim();
  return where ? `${where}, ${formatDatePhrase(date)}` : formatDatePhrase(date);
}

/** Whether day/month/year form a real calendar date (a blank day is always valid). */
export function isValidDate(date: DateParts): boolean {
  if (date.day === null) return true;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day >= 1 && date.day <= daysInMonth;
}
