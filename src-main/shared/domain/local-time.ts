/** Times as a Vietnamese clerk reads them: local time, "09:42 22/11/2026", never raw ISO. */

const MINUTES = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
const SECONDS = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "09:42 22/11/2026" in local time; the raw string when it is not a date. */
export function formatLocalDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : MINUTES.format(date);
}

/** "09:42:05 22/11/2026": times a few seconds apart stay distinguishable. */
export function formatLocalDateTimeWithSeconds(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : SECONDS.format(date);
}
