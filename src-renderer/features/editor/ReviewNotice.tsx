import { markReviewed, needsReview } from '../../lib/review';
import { clearReviewFigures } from '../import/review-flags';
import { useEditorSelector } from './store/context';
import { useDraftEdit } from './store/hooks';

/** The "Cần rà soát" badge of a draft made for a new period, until the clerk marks it reviewed. */
export function ReviewNotice() {
  const shown = useEditorSelector((state) => needsReview(state.draft));
  const edit = useDraftEdit();
  const draftId = useEditorSelector((state) => state.draft.meta.id);
  if (!shown) return null;
  return (
    <div className="review-notice" role="status" data-testid="review-notice">
      <span className="badge badge-review" data-testid="badge-needs-review">
        Cần rà soát
      </span>
      <span>
        Báo cáo này được tạo cho kỳ mới từ một báo cáo trước. Hãy kiểm tra lại trích yếu, ngày tháng, số liệu và nơi nhận trước
        khi trình ký.
      </span>
      <button
        type="button"
        className="btn btn-small"
        data-testid="btn-mark-reviewed"
        onClick={() => {
          edit(markReviewed);
          // Reviewed as a whole: the figures still highlighted go too.
          clearReviewFigures(draftId);
        }}
      >
        Đã rà soát xong
      </button>
    </div>
  );
}
