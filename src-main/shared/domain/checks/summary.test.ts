import { describe, expect, it } from 'vitest';
import { countsText, findingsSummary } from './summary';
import type { Finding } from './types';

const finding = (id: string, severity: Finding['severity'], fixable = false): Finding => ({
  id,
  severity,
  message: 'x',
  field: ['title'],
  ...(fixable ? { fix: { label: 'Sửa', apply: (d) => d } } : {}),
});

describe('findingsSummary', () => {
  it('counts errors, warnings and fixable findings, per rule too', () => {
    const summary = findingsSummary([
      finding('required.place', 'error'),
      finding('legacy.encoding', 'error', true),
      finding('legacy.encoding', 'error', true),
      finding('month.leadingZero', 'warning', true),
      finding('punctuation.paragraphEnd', 'warning'),
    ]);
    expect(summary).toMatchObject({ errors: 3, warnings: 2, fixable: 3, status: 'Còn 3 lỗi và 2 lưu ý' });
    expect(summary.byRule).toEqual({ 'required.place': 1, 'legacy.encoding': 2, 'month.leadingZero': 1, 'punctuation.paragraphEnd': 1 });
    expect(summary.confirm).toEqual({
      export: 'Báo cáo còn 3 lỗi và 2 lưu ý. Vẫn xuất?',
      finish: 'Báo cáo còn 3 lỗi và 2 lưu ý. Vẫn đánh dấu “Đã hoàn thành”?',
    });
  });

  it('names only the kinds that are there', () => {
    expect(findingsSummary([finding('a.b', 'error')]).confirm?.export).toBe('Báo cáo còn 1 lỗi. Vẫn xuất?');
    expect(findingsSummary([finding('a.b', 'warning'), finding('a.c', 'warning')]).status).toBe('Còn 2 lưu ý');
    expect(countsText(0, 0)).toBe('');
  });

  it('asks nothing when there is nothing to report', () => {
    expect(findingsSummary([])).toEqual({ errors: 0, warnings: 0, fixable: 0, byRule: {}, status: 'Không phát hiện vấn đề nào', confirm: null });
  });
});
