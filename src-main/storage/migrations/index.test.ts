import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../shared/domain/draft-schema';
import { DRAFT_MIGRATIONS, MigrationError, migrateDraft, type MigrationStep } from './index';

// A fake format history for the framework: v0 had `tieuDe`; v1 renamed it to `title`.
const v0ToV1: MigrationStep = ({ tieuDe, ...rest }) => ({ ...rest, title: tieuDe, schemaVersion: 1 });
const steps = new Map([[0, v0ToV1]]);

describe('draft migrations', () => {
  it('registers a step for every version below the current one', () => {
    // Version 1 is the first format: there is a step from each version 1 … current - 1.
    const expected = Array.from({ length: DRAFT_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect([...DRAFT_MIGRATIONS.keys()].sort((a, b) => a - b)).toEqual(expected);
    expect(expected).toContain(1);
  });

  it('runs the steps from the stored version up to the target, purely', () => {
    const old = { tieuDe: 'Báo cáo cũ', meta: { id: 'abcdef' } };
    const copy = structuredClone(old);
    const result = migrateDraft(old, steps, 1);
    expect(result).toEqual({ draft: { title: 'Báo cáo cũ', meta: { id: 'abcdef' }, schemaVersion: 1 }, fromVersion: 0, migrated: true });
    expect(old).toEqual(copy);
  });

  it('leaves a current draft alone', () => {
    const draft = { schemaVersion: 1, title: 'x' };
    expect(migrateDraft(draft, steps, 1)).toEqual({ draft, fromVersion: 1, migrated: false });
  });

  it.each([
    ['newer-version', { schemaVersion: 2 }],
    ['missing-step', { schemaVersion: 0 }, new Map()],
    ['bad-version', { schemaVersion: '1' }],
    ['bad-version', { tieuDe: 'x' }, new Map([[0, ((d) => d) as MigrationStep]])],
  ] as const)('refuses with %s', (reason, draft, custom?: Map<number, MigrationStep>) => {
    const error = (() => {
      try {
        migrateDraft(draft, custom ?? steps, 1);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ reason });
  });
});
