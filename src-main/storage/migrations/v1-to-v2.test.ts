import { describe, expect, it } from 'vitest';
import { DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { numberSections } from '../../shared/domain/outline';
import { signerBlockLines } from '../../shared/domain/signer-rules';
import type { RawDraft } from './index';
import { V1_FIXTURES, v1Fixture as fixture } from './v1-fixtures';
import { migrateSigner, migrateV1ToV2 } from './v1-to-v2';

/** Version 1's printer of the authority lines (export/docx/signature-block.ts at format 1), frozen as the oracle. */
function v1AuthorityLines(signer: { prefix: string; authorityTitle: string; signerTitle: string }): string[] {
  const authority = signer.authorityTitle.trim();
  const own = signer.signerTitle.trim();
  const first = signer.prefix ? `${signer.prefix} ${authority}`.trim() : authority;
  const lines = [first];
  if (own && own.toLocaleUpperCase('vi') !== authority.toLocaleUpperCase('vi')) lines.push(own);
  return lines.filter(Boolean).map((l) => l.toLocaleUpperCase('vi'));
}

/** Version 1's heading labels (shared/domain/outline.ts at format 1), frozen as the oracle. */
function v1Labels(sections: RawDraft[], start: string, depth = 0): string[] {
  const kinds = start === 'roman' ? ['roman', 'arabic', 'letter'] : ['arabic', 'letter'];
  const kind = kinds[Math.min(depth, kinds.length - 1)];
  const roman = (n: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? '?';
  const letter = (n: number) => 'abcdđeghiklmnopqrstuvxy'[n - 1] ?? '?';
  return sections.flatMap((s, i) => {
    const override = s.numberOverride as string | undefined;
    const auto = kind === 'roman' ? `${roman(i + 1)}.` : kind === 'arabic' ? `${i + 1}.` : `${letter(i + 1)})`;
    const label = override ? `${override.trim().replace(/[.)]+$/, '')}${kind === 'letter' ? ')' : '.'}` : auto;
    return [label, ...v1Labels(s.children as RawDraft[], start, depth + 1)];
  });
}

const v1Draft = (changes: Partial<RawDraft> = {}): RawDraft => ({ ...fixture('v1-seed-quang-tri'), ...changes });
const migrated = (raw: RawDraft): Draft => DraftSchema.parse(migrateV1ToV2(raw));

describe('v1 → v2: schemaVersion', () => {
  it('sets version 2 and gives a draft the v2 schema accepts', () => {
    for (const name of V1_FIXTURES) {
      const raw = fixture(name);
      expect(raw.schemaVersion).toBe(1);
      const next = migrateV1ToV2(raw);
      expect(next.schemaVersion).toBe(2);
      expect(DraftSchema.safeParse(next).success).toBe(true);
    }
  });

  it('is pure: the v1 object is left as it was', () => {
    const raw = fixture('v1-full-feature');
    const before = structuredClone(raw);
    migrateV1ToV2(raw);
    expect(raw).toEqual(before);
  });
});

describe('v1 → v2: signer', () => {
  it.each([
    [{ prefix: 'KT.', authorityTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
      { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' }],
    [{ prefix: '', authorityTitle: 'TRƯỞNG BAN', signerTitle: '', name: 'Hồ Ngọc Thịnh' },
      { authority: [], title: 'TRƯỞNG BAN', name: 'Hồ Ngọc Thịnh' }],
    [{ prefix: 'TM.', authorityTitle: 'ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      { authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
    [{ prefix: 'Q.', authorityTitle: 'Giám đốc', name: 'Võ Văn Giang' },
      { authority: [{ prefix: 'Q.', title: 'Giám đốc' }], title: '', name: 'Võ Văn Giang' }],
    [{ prefix: '', authorityTitle: '', signerTitle: 'GIÁM ĐỐC', name: 'A' }, { authority: [], title: 'GIÁM ĐỐC', name: 'A' }],
    [{ prefix: '', authorityTitle: 'GIÁM ĐỐC', signerTitle: 'giám đốc', name: 'A' }, { authority: [], title: 'GIÁM ĐỐC', name: 'A' }],
    [{ prefix: '', authorityTitle: 'BAN CHỈ ĐẠO ', signerTitle: 'PHÓ TRƯỞNG BAN', name: 'A' },
      { authority: [], title: 'BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN', name: 'A' }],
  ])('reshapes %j', (v1, v2) => {
    expect(migrated(v1Draft({ signer: v1 })).signer).toEqual(v2);
  });

  it('prints every v1 block exactly as v1 printed it', () => {
    const titles = ['', 'GIÁM ĐỐC', 'Giám đốc ', 'PHÓ GIÁM ĐỐC', 'ỦY BAN NHÂN DÂN'];
    let checked = 0;
    for (const prefix of ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']) {
      for (const authorityTitle of titles) {
        for (const signerTitle of titles) {
          const v1 = { prefix, authorityTitle, signerTitle, name: ' Trần Thị  Cúc' };
          const { signer } = migrated(v1Draft({ signer: v1 }));
          const printed = signerBlockLines(signer);
          expect([...printed.authority, ...printed.title], JSON.stringify(v1)).toEqual(v1AuthorityLines(v1));
          expect(printed.name).toBe('Trần Thị Cúc');
          checked++;
        }
      }
    }
    expect(checked).toBe(150);
  });

  it('leaves a value v1 refused for validation to name', () => {
    const result = DraftSchema.safeParse(migrateV1ToV2(v1Draft({ signer: { prefix: 'XX.', authorityTitle: 'A', signerTitle: '', name: 'B' } })));
    expect(result.error?.issues[0]?.path).toEqual(['signer', 'authority', 0, 'prefix']);
    expect(migrateSigner('not a signer')).toBe('not a signer');
  });
});

describe('v1 → v2: date', () => {
  it('keeps a set day and month, and a blank day with its month', () => {
    expect(migrated(v1Draft({ header: { ...fixture('v1-full-feature').header as object } })).header.date).toEqual({ day: 5, month: 1, year: 2024 });
    expect(migrated(v1Draft()).header.date).toEqual({ day: null, month: 11, year: 2023 });
  });
});

describe('v1 → v2: sections', () => {
  it('prints every heading number v1 printed, in the body and the appendices', () => {
    for (const name of V1_FIXTURES) {
      const raw = fixture(name);
      const draft = migrated(raw);
      expect(draft.partStyle).toBe('none');
      const start = (raw.outlineStart as string | undefined) ?? 'roman';
      expect(numberSections(draft.sections, draft.outlineStart).map((n) => n.label)).toEqual(v1Labels(raw.sections as RawDraft[], start));
      draft.appendices.forEach((appendix, i) => {
        const v1Sections = ((raw.appendices as RawDraft[])[i]?.sections ?? []) as RawDraft[];
        expect(numberSections(appendix.sections, draft.outlineStart).map((n) => n.label)).toEqual(v1Labels(v1Sections, start));
      });
    }
  });

  it('rewrites only the typed numbers v2 would print otherwise', () => {
    const section = (id: string, numberOverride: string, children: RawDraft[] = []) => ({ id, title: id, numberOverride, blocks: [], children });
    const sections = [section('a', 'A.', [section('b', 'a)'), section('c', '1.1.'), section('d', '3'), section('e', 'x.)', [section('f', '7.')])])];
    const draft = migrated(v1Draft({ outlineStart: 'roman', sections }));
    const overrides = (list: Draft['sections']): Array<string | undefined> => list.flatMap((s) => [s.numberOverride, ...overrides(s.children)]);
    expect(overrides(draft.sections)).toEqual(['A.', 'a.', '1.1.', '3', 'x.', '7)']);
    expect(numberSections(draft.sections, 'roman').map((n) => n.label)).toEqual(v1Labels(sections, 'roman'));
    expect(draft.sections[0]?.numbered).toBeUndefined();
  });
});

describe('v1 → v2: appendices and tables', () => {
  it('gives every appendix the portrait orientation v1 printed, keeping its content', () => {
    const raw = fixture('v1-full-feature');
    const draft = migrated(raw);
    expect(draft.appendices.map((a) => a.orientation)).toEqual(['portrait', 'portrait']);
    expect(draft.appendices.map(({ orientation: _, ...rest }) => rest)).toEqual(raw.appendices);
  });

  it('keeps table cells as they were, with no row spans', () => {
    const cells = (d: unknown) => JSON.stringify(d).match(/"rowSpan"/g) ?? [];
    const draft = migrated(fixture('v1-full-feature'));
    expect(cells(draft)).toEqual([]);
  });
});

describe('v1 → v2: everything else', () => {
  it.each(V1_FIXTURES)('%s carries every other field over unchanged', (name) => {
    const raw = fixture(name);
    const draft: Record<string, unknown> = { ...DraftSchema.parse(migrateV1ToV2(raw)) };
    // The fields the step or the new defaults change are checked above; the rest must be as stored.
    for (const changed of ['signer', 'schemaVersion', 'appendices', 'partStyle']) {
      delete draft[changed];
      delete raw[changed];
    }
    expect(draft).toEqual(raw);
  });
});
