import type { SearchFilters } from './use-draft-search';

interface SearchBarProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

const THIS_YEAR = new Date().getFullYear();
/** Next year down to ten years back: the periods a clerk reports on. */
const YEARS = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 1 - i);

/** The search box with the year and status filters (năm, trạng thái). */
export function SearchBar({ filters, onChange }: SearchBarProps) {
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const searching = filters.query.trim() !== '';
  return (
    <div className="search-bar" role="search">
      <span className="search-box">
        <input
          type="search"
          value={filters.query}
          placeholder="Tìm theo trích yếu, cơ quan, nội dung… (gõ không dấu cũng được)"
          aria-label="Tìm báo cáo"
          data-testid="search-input"
          onChange={(event) => set({ query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') set({ query: '' });
          }}
        />
        {searching ? (
          <button type="button" className="search-clear" aria-label="Xóa từ khóa" title="Xóa từ khóa" onClick={() => set({ query: '' })}>
            ✕
          </button>
        ) : null}
      </span>
      <select
        value={filters.year === null ? '' : String(filters.year)}
        aria-label="Năm"
        title={searching ? 'Năm của báo cáo' : 'Nhập từ khóa để lọc theo năm'}
        disabled={!searching}
        data-testid="filter-year"
        onChange={(event) => set({ year: event.target.value === '' ? null : Number(event.target.value) })}
      >
        <option value="">Mọi năm</option>
        {YEARS.map((year) => (
          <option key={year} value={year}>
            Năm {year}
          </option>
        ))}
      </select>
      <select
        value={filters.status}
        aria-label="Trạng thái"
        data-testid="filter-status"
        onChange={(event) => {
          const status = event.target.value;
          set({ status: status === 'draft' || status === 'final' ? status : '' });
        }}
      >
        <option value="">Mọi trạng thái</option>
        <option value="draft">Đang soạn</option>
        <option value="final">Đã hoàn thành</option>
      </select>
    </div>
  );
}
