import { describe, expect, it } from 'vitest';
import { toTcvn3 } from '../legacy-text';
import { CHECK_FAMILIES, checkDraft } from './registry';
import { cleanDraft, deepFreeze, paragraph } from './test-draft';

const broken = () =>
  deepFreeze(
    cleanDraft((d) => {
      d.header.place = '';
      d.title = 'KẾT QUẢ CÔNG TÁC NĂM 2023';
      d.sections[0]!.blocks.push(paragraph(toTcvn3('Sở đã tổ chức hội nghị tập huấn')), paragraph('Đoạn chưa có dấu'));
      d.noiNhan.archive = '';
      d.signer.title = 'GIÁM ĐỐC';
    }),
  );

describe('checkDraft', () => {
  it('lists every family once, with unique names that prefix their finding ids', () => {
    const names = CHECK_FAMILIES.map((f) => f.family);
    expect(new Set(names).size).toBe(names.length);
    for (const finding of checkDraft(broken())) expect(names).toContain(finding.id.split('.')[0]);
  });

  it('puts errors before warnings and keeps the walk order within each', () => {
    const found = checkDraft(broken());
    const severities = found.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    expect(found.map((f) => f.id)).toEqual([
      'required.place',
      'title.allCaps',
      'signer.sameTitle',
      'legacy.encoding',
      'recipients.noArchiveUnit',
      'punctuation.paragraphEnd',
      'punctuation.paragraphEnd',
    ]);
  });

  it('gives the same findings on every run (rule state does not leak between runs)', () => {
    const draft = broken();
    const first = checkDraft(draft).map(({ id, field, message }) => ({ id, field, message }));
    const second = checkDraft(draft).map(({ id, field, message }) => ({ id, field, message }));
    expect(second).toEqual(first);
  });

  it('never changes the draft it checks, and its fixes return new drafts', () => {
    const draft = broken(); // frozen: any write throws
    for (const finding of checkDraft(draft)) {
      const fixed = finding.fix?.apply(draft);
      if (fixed) expect(fixed).not.toBe(draft);
    }
  });

  it('runs only the families it is given', () => {
    const legacyOnly = CHECK_FAMILIES.filter((f) => f.family === 'legacy');
    expect(checkDraft(broken(), legacyOnly).map((f) => f.id)).toEqual(['legacy.encoding']);
  });
});
