import { describe, expect, it } from 'vitest';
import type { Signer } from '@shared/domain/draft-schema';
import { signerProblems } from '@shared/domain/signer-rules';
import { addUpper, canAddUpper, mainPrefixOptions, removeUpper, setMainPrefix, setMainTitle, setUpper, upperPrefixOptions } from './signer-form';

const empty: Signer = { authority: [], title: '', name: '' };

describe('the signer form', () => {
  it('builds the common single-prefix block: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', () => {
    const signer = { ...setMainTitle(setMainPrefix(empty, 'KT.'), 'GIÁM ĐỐC'), title: 'PHÓ GIÁM ĐỐC' };
    expect(signer).toEqual({ authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: '' });
  });

  it('adds a TM. line above KT. for a People’s Committee, and takes it away again', () => {
    const kt = { authority: [{ prefix: 'KT.' as const, title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'A' };
    expect(canAddUpper(kt)).toBe(true);
    const two = setUpper(addUpper(kt), { title: 'ỦY BAN NHÂN DÂN' });
    expect(two.authority).toEqual([{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { prefix: 'KT.', title: 'CHỦ TỊCH' }]);
    expect(canAddUpper(two)).toBe(false);
    expect(setUpper(two, { prefix: 'TL.' }).authority[0]?.prefix).toBe('TL.');
    expect(removeUpper(two)).toEqual(kt);
  });

  it('offers only choices the NĐ30 rules accept', () => {
    const blocks: Signer[] = [empty];
    for (let round = 0; round < 2; round++) {
      for (const signer of [...blocks]) {
        for (const prefix of mainPrefixOptions(signer)) blocks.push(setMainPrefix(signer, prefix));
        if (canAddUpper(signer)) {
          const two = addUpper(signer);
          blocks.push(two);
          for (const prefix of upperPrefixOptions(two)) blocks.push(setUpper(two, { prefix }));
          for (const prefix of mainPrefixOptions(two)) blocks.push(setMainPrefix(two, prefix));
        }
      }
    }
    expect(blocks.some((b) => b.authority.length === 2)).toBe(true);
    for (const signer of blocks) expect(signerProblems(signer.authority), JSON.stringify(signer)).toEqual([]);
    expect(canAddUpper({ ...empty, authority: [{ prefix: 'TUQ.', title: 'GIÁM ĐỐC' }] })).toBe(false);
  });

  it('keeps the head’s title printed when the prefix is taken away', () => {
    const kt = { authority: [{ prefix: 'Q.' as const, title: 'GIÁM ĐỐC' }], title: '', name: 'A' };
    expect(setMainPrefix(kt, '')).toEqual({ authority: [], title: 'GIÁM ĐỐC', name: 'A' });
    expect(setMainPrefix({ ...kt, title: 'PHÓ GIÁM ĐỐC' }, '').title).toBe('PHÓ GIÁM ĐỐC');
  });
});
