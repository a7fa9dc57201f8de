import { describe, expect, it } from 'vitest';
import { generateDrafts } from '../../bench/generate-drafts';
import type { Draft } from '../shared/domain/draft-schema';
import { foldVietnamese } from '../shared/domain/vn-fold';
import { createDraftSearch, DraftSearchIndex, type SearchHit } from './draft-search-index';
import { testDraft } from './fixtures';

const ids = (hits: readonly SearchHit[]): string[] => hits.map((hit) => hit.id);
const nfd = (text: string): string => text.normalize('NFD');

function indexOf(...drafts: Draft[]): DraftSearchIndex {
  const index = createDraftSearch();
  for (const draft of drafts) index.add(draft);
  return index;
}

describe('diacritic-insensitive search, both ways', () => {
  const index = indexOf(
    testDraft({ id: 'marked-qt', title: 'Báo cáo tình hình tỉnh Quảng Trị' }),
    testDraft({ id: 'plain-qt', body: 'Bao cao tinh hinh tinh Quang Tri (go khong dau)' }),
    testDraft({ id: 'marked-dt', body: 'Chương trình phát triển vùng đồng bào Dân tộc thiểu số' }),
    testDraft({ id: 'plain-dt', body: 'ho tro dong bao dan toc thieu so' }),
    testDraft({ id: 'marked-dong', body: 'Hội đồng thi đua tỉnh Đồng Nai' }),
    testDraft({ id: 'marked-dl', issuingAgency: 'SỞ Y TẾ TỈNH ĐẮK LẮK' }),
    testDraft({ id: 'plain-dl', kinhGui: ['UBND tinh Dak Lak'] }),
    testDraft({ id: 'other', body: 'Báo cáo công tác văn thư, lưu trữ' }),
  );
  const find = (query: string): string[] => ids(index.search(query)).sort();

  it.each([
    ['Quang Tri', ['marked-qt', 'plain-qt']],
    ['Quảng Trị', ['marked-qt', 'plain-qt']],
    ['dan toc', ['marked-dt', 'plain-dt']],
    ['Dân tộc', ['marked-dt', 'plain-dt']],
    ['dong nai', ['marked-dong']],
    ['ĐẮK LẮK', ['marked-dl', 'plain-dl']],
    ['dak lak', ['marked-dl', 'plain-dl']],
  ])('%s finds %j', (query, expected) => {
    expect(find(query)).toEqual(expected);
  });

  it('folds đ/Đ to d in both directions', () => {
    // "vùng đồng bào" and "dong bao" count too.
    expect(find('Đồng')).toEqual(['marked-dong', 'marked-dt', 'plain-dt']);
    expect(find('dong')).toEqual(['marked-dong', 'marked-dt', 'plain-dt']);
    expect(find('đong')).toEqual(find('dong'));
  });

  it('requires every word (AND)', () => {
    expect(find('quang lak')).toEqual([]);
  });

  it('ranks the draft with the exact diacritics first, whichever way the text was typed', () => {
    expect(ids(index.search('Quảng Trị'))[0]).toBe('marked-qt');
    expect(index.search('Quảng Trị').map((hit) => hit.exact)).toEqual([true, false]);
    // Words typed without diacritics express no preference: every hit counts as exact.
    expect(index.search('quang tri').every((hit) => hit.exact)).toBe(true);
  });
});

describe('NFC and NFD', () => {
  const text = 'Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế báo cáo kết quả chuyển đổi số';
  const index = indexOf(
    testDraft({ id: 'stored-nfc', body: text }),
    testDraft({ id: 'stored-nfd', body: nfd(text), updatedAt: '2024-01-01T00:00:00.000Z' }),
  );

  it.each(['Thừa Thiên Huế', 'chuyển đổi số', 'kết qu', 'thua thien'])('gives identical results for %s', (query) => {
    const composed = index.search(query.normalize('NFC'));
    const decomposed = index.search(nfd(query));
    expect(composed.map(({ id, exact, score }) => ({ id, exact, score }))).toEqual(
      decomposed.map(({ id, exact, score }) => ({ id, exact, score })),
    );
    expect(ids(composed).sort()).toEqual(['stored-nfc', 'stored-nfd']);
    expect(composed[0]?.score).toBeCloseTo(composed[1]?.score ?? 0, 10);
  });
});

describe('ranking', () => {
  it('puts an exact-diacritic hit above a stronger hit without them', () => {
    const index = indexOf(
      testDraft({ id: 'only-da', title: 'Da Da Da', body: 'Da da da da' }),
      testDraft({ id: 'has-da-marked', body: 'Dự án hồ chứa nước Đà Bắc và nhiều nội dung khác nữa' }),
    );
    const hits = index.search('Đà');
    expect(ids(hits)).toEqual(['has-da-marked', 'only-da']);
    expect(hits[0]?.exact).toBe(true);
    expect(hits[1]?.exact).toBe(false);
    expect(hits[1]?.score).toBeGreaterThan(hits[0]?.score ?? 0);
  });

  it('ranks a title hit above a body-only hit', () => {
    const index = indexOf(
      testDraft({ id: 'body', body: 'Kết quả giảm nghèo bền vững năm nay và các nội dung khác' }),
      testDraft({ id: 'title', title: 'Báo cáo giảm nghèo bền vững', body: 'Nội dung khác' }),
    );
    expect(ids(index.search('giam ngheo'))).toEqual(['title', 'body']);
  });
});

describe('hits', () => {
  const index = indexOf(
    testDraft({ id: 'title-hit', title: 'Báo cáo kết quả chuyển đổi số năm 2023', year: 2023 }),
    testDraft({ id: 'agency-hit', issuingAgency: 'SỞ TƯ PHÁP', parentAgency: 'ỦY BAN NHÂN DÂN TỈNH KON TUM' }),
    testDraft({ id: 'recipient-hit', kinhGui: ['Bộ Nội vụ'], noiNhan: ['Như trên', 'Thanh tra Chính phủ'] }),
    testDraft({ id: 'signer-hit', signer: 'Nguyễn Thị Hạnh' }),
  );

  it('names the field that matched and highlights the original words in the snippet', () => {
    const [hit] = index.search('chuyen doi so');
    expect(hit).toMatchObject({ id: 'title-hit', field: 'title', year: 2023, status: 'draft' });
    expect(hit?.snippet).toBe('Báo cáo kết quả chuyển đổi số năm 2023');
    expect(hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['chuyển', 'đổi', 'số']);
  });

  it.each([
    ['kon tum', 'agency-hit', 'agencies'],
    ['thanh tra chinh phu', 'recipient-hit', 'recipients'],
    ['bo noi vu', 'recipient-hit', 'recipients'],
    ['hanh', 'signer-hit', 'signer'],
  ])('%s → %s in %s', (query, id, field) => {
    expect(index.search(query)).toMatchObject([{ id, field }]);
  });
});

describe('prefix and fuzzy', () => {
  const index = indexOf(
    testDraft({ id: 'qn', body: 'Quảng Ngãi' }),
    testDraft({ id: 'qt', body: 'Quảng Trị' }),
    testDraft({ id: 'web', body: 'triển khai mô hình Smartcity và cổng Facebook' }),
    testDraft({ id: 'quanh', body: 'các xã quanh hồ' }),
  );

  it('completes the last word while it is being typed, not after a space', () => {
    expect(ids(index.search('quảng t'))).toEqual(['qt']);
    const typed = index.search('Quả');
    expect(typed.map(({ id, exact }) => [id, exact]).slice(0, 2).sort()).toEqual([['qn', true], ['qt', true]]);
    expect(typed.map(({ id, exact }) => [id, exact])[2]).toEqual(['quanh', false]);
    expect(ids(index.search('quan')).sort()).toEqual(['qn', 'qt', 'quanh']);
    expect(ids(index.search('quan '))).toEqual([]);
  });

  it('forgives one typo in long words but never turns one syllable into another', () => {
    expect(ids(index.search('smartciti'))).toEqual(['web']);
    expect(ids(index.search('quang '))).not.toContain('quanh');
    expect(ids(index.search('quanh '))).toEqual(['quanh']);
  });
});

describe('filters, update, remove, persistence', () => {
  const drafts = [
    testDraft({ id: 'y2023-draft', title: 'Báo cáo công tác thi đua', year: 2023 }),
    testDraft({ id: 'y2023-final', title: 'Báo cáo công tác thi đua', year: 2023, status: 'final' }),
    testDraft({ id: 'y2024-final', title: 'Báo cáo công tác thi đua', year: 2024, status: 'final' }),
  ];

  it('filters by year and by status', () => {
    const index = indexOf(...drafts);
    expect(ids(index.search('thi dua', { year: 2023 })).sort()).toEqual(['y2023-draft', 'y2023-final']);
    expect(ids(index.search('thi dua', { status: 'final' })).sort()).toEqual(['y2023-final', 'y2024-final']);
    expect(ids(index.search('thi dua', { year: 2024, status: 'draft' }))).toEqual([]);
    expect(index.search('thi dua', { limit: 2 })).toHaveLength(2);
  });

  it('reflects update and remove', () => {
    const index = indexOf(...drafts);
    const [first] = drafts;
    if (!first) throw new Error('fixture');
    index.update({ ...first, title: 'Báo cáo phòng chống thiên tai' });
    expect(index.size).toBe(3);
    expect(ids(index.search('thien tai'))).toEqual(['y2023-draft']);
    expect(ids(index.search('thi dua'))).not.toContain('y2023-draft');
    index.remove('y2023-final');
    index.remove('never-indexed');
    expect(index.size).toBe(2);
    expect(ids(index.search('thi dua'))).toEqual(['y2024-final']);
  });

  it('round-trips through JSON', () => {
    const index = indexOf(...drafts);
    index.remove('y2024-final');
    const copy = DraftSearchIndex.fromJSON(JSON.stringify(index));
    expect(copy.size).toBe(2);
    expect(copy.search('cong tac thi dua')).toEqual(index.search('cong tac thi dua'));
  });
});

describe('the fast evaluator', () => {
  it('finds the same drafts, with the same exact flags, as minisearch search()', () => {
    const index = indexOf(...generateDrafts(150, 3));
    const all = { limit: 10_000 };
    const queries = ['Quảng Trị', 'quang tri', 'chuyển đổi số', 'dan toc thieu', 'Đắk', 'bao cao ket', 'giải ngân', 'smartciti'];
    for (const query of queries) {
      const fast = index.search(query, all).map(({ id, exact, field }) => ({ id, exact, field }));
      const reference = index.search(query, { ...all, engine: 'minisearch' }).map(({ id, exact, field }) => ({ id, exact, field }));
      const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
      expect(fast.sort(byId), query).toEqual(reference.sort(byId));
    }
  });

  it('highlights hits whose words it folded', () => {
    const index = indexOf(...generateDrafts(20, 5));
    for (const hit of index.search('bao cao')) {
      for (const [s, e] of hit.highlights) expect(['bao', 'cao']).toContain(foldVietnamese(hit.snippet.slice(s, e)));
    }
  });
});
