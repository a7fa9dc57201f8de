/** Display helpers for the Vietnamese UI. */

const UPDATED_AT = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "09:42 22/11/2026" in local time; the raw string when it is not a date. */
export function formatUpdatedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return UPDATED_AT.format(date);
}
