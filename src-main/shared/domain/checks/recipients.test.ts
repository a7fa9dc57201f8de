import { describe, expect, it } from 'vitest';
import { checkDraft } from './registry';
import { cleanLine, splitLine } from './recipients';
import { cleanDraft, deepFreeze, findings, only, type EditableDraft } from './test-draft';

const draftWith = (edit: (d: EditableDraft) => void) => deepFreeze(cleanDraft(edit));
const recipientsOf = (lines: string[], kinhGui: string[] = ['Ủy ban nhân dân tỉnh Quảng Trị']) =>
  draftWith((d) => {
    d.noiNhan.recipients = lines;
    d.kinhGui = kinhGui;
  });

describe('Nơi nhận lines', () => {
  it('accepts lines typed with or without the punctuation the page adds', () => {
    for (const lines of [['Sở Nội vụ', 'Ban Giám đốc Sở'], ['- Sở Nội vụ;', '- Ban Giám đốc Sở.'], ['Như trên', 'UBND các huyện, thị xã, thành phố;']]) {
      expect(checkDraft(recipientsOf(lines)), lines.join(' | ')).toEqual([]);
    }
    expect(cleanLine(' - Sở Nội vụ ; ')).toBe('Sở Nội vụ');
  });

  it('reports several recipients on one line and splits them', () => {
    const draft = recipientsOf(['Sở Nội vụ; Sở Tài chính;', 'Ban Giám đốc Sở']);
    const finding = only(draft, 'recipients.severalOnOneLine');
    expect(finding).toMatchObject({ severity: 'warning', field: ['noiNhan', 'recipients', 0] });
    expect(finding.fix?.apply(draft).noiNhan.recipients).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Ban Giám đốc Sở']);
    expect(splitLine('Sở Nội vụ\nSở Tài chính')).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    const kinhGui = recipientsOf(['Sở Nội vụ'], ['Bộ Nội vụ; Bộ Tài chính']);
    expect(only(kinhGui, 'recipients.severalOnOneLine')).toMatchObject({ field: ['kinhGui', 0] });
  });

  it('reports a line ending in a comma before another line, and joins them', () => {
    const draft = recipientsOf(['UBND các huyện,', 'thị xã, thành phố', 'Sở Nội vụ,']);
    const finding = only(draft, 'recipients.brokenLine');
    expect(finding.field).toEqual(['noiNhan', 'recipients', 0]);
    expect(finding.fix?.apply(draft).noiNhan.recipients).toEqual(['UBND các huyện, thị xã, thành phố', 'Sở Nội vụ,']);
  });

  it('reports a Lưu line among the recipients and moves its unit to the Lưu field', () => {
    const draft = draftWith((d) => {
      d.noiNhan = { recipients: ['Sở Nội vụ', '- Lưu: VT, VP.'], archive: '' };
    });
    const finding = only(draft, 'recipients.archiveInList');
    expect(finding.severity).toBe('error');
    expect(findings(draft, 'recipients.noArchiveUnit')).toEqual([]);
    const fixed = finding.fix?.apply(draft);
    expect(fixed?.noiNhan).toEqual({ recipients: ['Sở Nội vụ'], archive: 'VP' });
    expect(fixed && checkDraft(fixed)).toEqual([]);
  });

  it('warns when nothing follows "Lưu: VT,"', () => {
    for (const archive of ['', ' VT ', 'VT,']) {
      const draft = draftWith((d) => (d.noiNhan.archive = archive));
      expect(only(draft, 'recipients.noArchiveUnit')).toMatchObject({ severity: 'warning', field: ['noiNhan', 'archive'] });
    }
  });

  it('reports "Như trên" without Kính gửi, and removes it', () => {
    const draft = recipientsOf(['Như trên;', 'Sở Nội vụ'], []);
    const finding = only(draft, 'recipients.asAboveWithoutKinhGui');
    expect(finding.severity).toBe('error');
    expect(finding.fix?.apply(draft).noiNhan.recipients).toEqual(['Sở Nội vụ']);
  });

  it('warns when "Như trên" is not first, and moves it up', () => {
    const draft = recipientsOf(['Sở Nội vụ', '- Như trên;']);
    expect(only(draft, 'recipients.asAboveNotFirst').fix?.apply(draft).noiNhan.recipients).toEqual(['- Như trên;', 'Sở Nội vụ']);
  });

  it('warns of a recipient already in Kính gửi, or written twice', () => {
    const repeated = recipientsOf(['Như trên', 'Ủy ban nhân dân tỉnh Quảng Trị;', 'Sở Nội vụ']);
    expect(only(repeated, 'recipients.repeatsKinhGui').fix?.apply(repeated).noiNhan.recipients).toEqual(['Như trên', 'Sở Nội vụ']);
    const twice = recipientsOf(['Sở Nội vụ', 'Sở Nội Vụ.']);
    expect(only(twice, 'recipients.duplicate')).toMatchObject({ field: ['noiNhan', 'recipients', 1] });
  });

  it('leaves the draft alone when a line changed since the check', () => {
    const draft = recipientsOf(['Sở Nội vụ; Sở Tài chính']);
    const finding = only(draft, 'recipients.severalOnOneLine');
    const edited = { ...draft, noiNhan: { ...draft.noiNhan, recipients: ['Sở Nội vụ'] } };
    expect(finding.fix?.apply(edited)).toBe(edited);
  });
});
