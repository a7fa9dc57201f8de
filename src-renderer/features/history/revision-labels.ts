import type { Revision } from '@shared/api/contract';

/** Why a version was taken, as the clerk reads it. */
export const REASON_LABELS: Record<Revision['reason'], string> = {
  auto: 'Tự động',
  manual: 'Thủ công',
  export: 'Khi xuất',
  restore: 'Trước khi khôi phục',
};
