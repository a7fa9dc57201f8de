import { describe, expect, it } from 'vitest';
import { DraftSchema, SignerSchema, type AuthorityPrefix, type Signer } from './draft-schema';
import { newDraft } from './new-draft';
import {
  AUTHORITY_PREFIXES,
  prefixesAllowedAbove,
  prefixesAllowedBelow,
  signerBlockLines,
  signerProblems,
} from './signer-rules';

const lines = (...prefixes: AuthorityPrefix[]) => prefixes.map((prefix) => ({ prefix, title: 'X' }));

describe('authority lines (NĐ30 Điều 13, docs/layout-rules.md §8.1)', () => {
  it.each([
    [[]],
    ...AUTHORITY_PREFIXES.map((p) => [[p]]),
    [['TM.', 'KT.']],
    [['TM.', 'Q.']],
    [['TL.', 'KT.']],
  ] as Array<[AuthorityPrefix[]]>)('accepts %j', (prefixes) => {
    expect(signerProblems(lines(...prefixes))).toEqual([]);
  });

  it('accepts exactly the two-line orders the decree gives, and no other pair', () => {
    const legal = AUTHORITY_PREFIXES.flatMap((a) => AUTHORITY_PREFIXES.map((b) => [a, b] as const)).filter(
      ([a, b]) => signerProblems(lines(a, b)).length === 0,
    );
    expect(legal.map((pair) => pair.join(' '))).toEqual(['TM. KT.', 'TM. Q.', 'TL. KT.']);
  });

  it('puts TM. only first and only once', () => {
    for (const prefixes of [['KT.', 'TM.'], ['TM.', 'TM.'], ['TL.', 'TM.']] as AuthorityPrefix[][]) {
      const [problem, ...rest] = signerProblems(lines(...prefixes));
      expect(rest).toEqual([]);
      expect(problem?.path).toEqual(['authority', 1, 'prefix']);
      expect(problem?.message).toMatch(/^Dòng thẩm quyền thứ 2 của khối chữ ký: “TM\.” .*dòng đầu/u);
    }
  });

  it('says why a line may not follow, in Vietnamese', () => {
    expect(signerProblems(lines('TUQ.', 'KT.'))[0]?.message).toContain('không được ủy quyền lại');
    expect(signerProblems(lines('TL.', 'TUQ.'))[0]?.message).toContain('sau “TL.” chỉ có thể là “KT.”');
    expect(signerProblems(lines('KT.', 'KT.'))[0]?.message).toContain('Chức vụ người ký');
  });

  it('refuses a third line', () => {
    const problems = signerProblems(lines('TM.', 'KT.', 'KT.'));
    expect(problems[0]).toMatchObject({ path: ['authority'], message: expect.stringContaining('nhiều nhất 2') });
  });

  it('offers the editor only the prefixes that may stand above or below a line', () => {
    expect(prefixesAllowedAbove('KT.')).toEqual(['TM.', 'TL.']);
    expect(prefixesAllowedAbove('Q.')).toEqual(['TM.']);
    expect(prefixesAllowedAbove('TUQ.')).toEqual([]);
    expect(prefixesAllowedBelow(undefined)).toEqual([...AUTHORITY_PREFIXES]);
    expect(prefixesAllowedBelow('TL.')).toEqual(['KT.']);
    for (const below of AUTHORITY_PREFIXES) {
      for (const above of prefixesAllowedAbove(below)) expect(signerProblems(lines(above, below))).toEqual([]);
    }
  });
});

describe('SignerSchema refuses what the rules refuse', () => {
  it('names the field and keeps the Vietnamese message', () => {
    const result = SignerSchema.safeParse({ authority: lines('KT.', 'TM.'), title: 'PHÓ CHỦ TỊCH', name: 'A' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['authority', 1, 'prefix'], message: expect.stringContaining('“TM.”') });
  });

  it('refuses more lines than the rules allow, with the same message', () => {
    const result = SignerSchema.safeParse({ authority: lines('TM.', 'KT.', 'KT.'), title: '', name: 'A' });
    expect(result.error?.issues.map((i) => i.message)).toContainEqual(expect.stringContaining('nhiều nhất 2'));
  });

  it('refuses a whole draft with such a block, so it is not saved', () => {
    const draft = { ...newDraft({ id: 'draft-rules', now: '2025-01-01T00:00:00.000Z' }), signer: { authority: lines('TUQ.', 'KT.'), title: '', name: 'A' } };
    const result = DraftSchema.safeParse(draft);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['signer', 'authority', 1, 'prefix'],
      message: expect.stringContaining('không được ủy quyền lại'),
    });
  });

  it('takes the UBND form with two prefixes', () => {
    const signer = { authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { prefix: 'KT.', title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' };
    expect(SignerSchema.parse(signer)).toEqual(signer);
  });
});

describe('signerBlockLines (docs/layout-rules.md §8.2)', () => {
  const signer = (authority: Signer['authority'], title: string, name = 'Trần  Thị Cúc '): Signer => ({ authority, title, name });

  it('prints the authority lines in order, then the own title, in capitals', () => {
    const block = signerBlockLines(
      signer([{ prefix: 'TM.', title: 'Ủy ban nhân dân' }, { prefix: 'KT.', title: 'Chủ tịch' }], 'Phó Chủ tịch'),
    );
    expect(block).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: ['PHÓ CHỦ TỊCH'], name: 'Trần Thị Cúc' });
  });

  it('prints a head signing in their own name as the title alone', () => {
    expect(signerBlockLines(signer([], 'Giám đốc'))).toEqual({ authority: [], title: ['GIÁM ĐỐC'], name: 'Trần Thị Cúc' });
  });

  it('does not repeat the last authority title as the own title', () => {
    expect(signerBlockLines(signer([{ prefix: 'Q.', title: 'Giám đốc' }], 'GIÁM ĐỐC')).title).toEqual([]);
    expect(signerBlockLines(signer([{ prefix: 'TM.', title: 'Ban chỉ đạo' }], '')).title).toEqual([]);
  });

  it('breaks a stored two-line title and drops empty lines', () => {
    expect(signerBlockLines(signer([], 'Ban chỉ đạo\n\n  Phó trưởng ban ')).title).toEqual(['BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN']);
  });

  it('keeps a prefix without a title visible rather than dropping it', () => {
    expect(signerBlockLines(signer([{ prefix: 'KT.', title: '' }], 'Phó giám đốc')).authority).toEqual(['KT.']);
  });
});
