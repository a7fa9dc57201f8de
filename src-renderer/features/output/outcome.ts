/** What the last "In", "Xuất PDF" or "Gửi email" came to, for the notice under the toolbar. */

/** The edits could not be stored, so nothing is printed or sent from an older version. */
export const NOT_SAVED = 'Bản thảo chưa lưu được nên chưa thể in hay xuất. Hãy sửa lỗi lưu rồi thử lại.';

export type OutputOutcome =
  | { kind: 'ok'; text: string; path?: string }
  | { kind: 'error'; text: string }
  | null;
