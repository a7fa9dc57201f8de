import { describe, expect, it } from 'vitest';
import { figuresAt, reviewFigures, saveReviewFigures, touchReviewFigures } from './review-flags';
import { isWordFileName } from './read-docx';

const FIGURES = [
  { field: ['opening', 0, 'content', 0, 'text'], start: 10, end: 15, text: '3.658' },
  { field: ['opening', 0, 'content', 0, 'text'], start: 30, end: 35, text: '99,8%' },
  { field: ['sections', 1, 'blocks', 2, 'content', 0, 'text'], start: 0, end: 4, text: '2023' },
];

describe('review figures of "Dùng cho kỳ mới"', () => {
  it('stay flagged until the text holding them is touched', () => {
    saveReviewFigures('draft-1', FIGURES);
    expect(reviewFigures('draft-1')).toEqual(FIGURES);
    expect(figuresAt('draft-1', ['opening', 0])).toHaveLength(2);
    expect(touchReviewFigures('draft-1', ['opening', 0, 'content', 0, 'text'])).toBe(1);
    expect(figuresAt('draft-1', ['opening'])).toEqual([]);
    expect(figuresAt('draft-1', ['sections', 1])).toHaveLength(1);
    expect(reviewFigures('another-draft')).toEqual([]);
  });
});

describe('isWordFileName', () => {
  it('offers .docx (and the other Word names) to the Word import, nothing else', () => {
    expect(isWordFileName({ name: 'Báo cáo quý I.DOCX', type: '' })).toBe(true);
    expect(isWordFileName({ name: 'tep', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe(true);
    expect(isWordFileName({ name: 'ban-thao.baocao', type: '' })).toBe(false);
  });
});
