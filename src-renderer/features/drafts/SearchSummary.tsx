import type { SearchState } from './use-draft-search';

interface SearchSummaryProps {
  search: SearchState;
  /** Drafts shown under it. */
  shown: number;
  /** Whether the status filter is set. */
  filtered: boolean;
}

/** One line over the list: how many drafts matched, or why none is shown. */
export function SearchSummary({ search, shown, filtered }: SearchSummaryProps) {
  let text: string | null = null;
  if (search.status === 'searching') text = 'Đang tìm…';
  else if (search.status === 'failed') text = search.message;
  else if (search.status === 'done') {
    text = shown === 0 ? `Không tìm thấy báo cáo nào khớp “${search.query}”.` : `Tìm thấy ${shown} báo cáo khớp “${search.query}”.`;
  } else if (filtered && shown === 0) text = 'Không có báo cáo nào ở trạng thái này.';
  if (text === null) return null;
  return (
    <p className={search.status === 'failed' ? 'search-summary error-text' : 'search-summary muted'} data-testid="search-summary" aria-live="polite">
      {text}
    </p>
  );
}
