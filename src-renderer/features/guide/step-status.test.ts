import { describe, expect, it } from 'vitest';
import { checkDraft } from '@shared/domain/checks';
import { newDraft } from '@shared/domain/new-draft';
import { stepStatuses, statusText } from './step-status';
import { STEPS, stepOfField } from './steps';

describe('step status', () => {
  it('counts each finding on the step of its field and all of them on "Kiểm tra"', () => {
    const draft = { ...newDraft({ id: 'draft-steps', now: '2025-03-01T00:00:00.000Z' }), title: 'BÁO CÁO TẤT CẢ VIẾT HOA' };
    const findings = checkDraft(draft);
    const status = stepStatuses(findings);
    // Blank header, no signer: the steps that hold those fields are not done.
    expect(status.header.errors).toBeGreaterThan(0);
    expect(status.signer.errors).toBeGreaterThan(0);
    expect(status.opening.warnings + status.opening.errors).toBeGreaterThan(0);
    const total = findings.length;
    expect(status.review.errors + status.review.warnings).toBe(total);
    expect(statusText({ errors: 2, warnings: 1 })).toBe('còn 2 lỗi và 1 lưu ý');
    expect(statusText({ errors: 0, warnings: 0 })).toBe('không còn vấn đề');
  });

  it('maps every part of the draft to the step that edits it', () => {
    expect(stepOfField(['header', 'place'])).toBe('header');
    expect(stepOfField(['marks', 'addressLine'])).toBe('header');
    expect(stepOfField(['kinhGui', 0])).toBe('opening');
    expect(stepOfField(['sections', 2, 'children', 0, 'blocks', 1])).toBe('content');
    expect(stepOfField(['appendices', 0, 'title'])).toBe('content');
    expect(stepOfField(['noiNhan', 'archive'])).toBe('closing');
    expect(stepOfField(['signer', 'authority', 0, 'title'])).toBe('signer');
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
