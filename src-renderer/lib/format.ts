/** Display helpers for the Vietnamese UI. */
import { formatLocalDateTime, formatLocalDateTimeWithSeconds } from '@shared/domain/local-time';

/** "09:42 22/11/2026" in local time; the raw string when it is not a date. */
export const formatUpdatedAt = formatLocalDateTime;

/** "1,2 MB", "830 KB" for a size in bytes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
}

/** "09:42:05 22/11/2026": versions taken a few seconds apart stay distinguishable. */
export const formatTimeWithSeconds = formatLocalDateTimeWithSeconds;
