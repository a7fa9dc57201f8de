import { stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodArgs, MethodName, MethodResult } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { ApiResult } from '../shared/api/errors';
import type { Draft, Section } from '../shared/domain/draft-schema';
import { LIST_LIMITS, MAX_DRAFT_BYTES, SECTION_DEPTH, TEXT_LIMITS } from '../shared/domain/limits';
import type { Services } from './open-services';
import { servicesBed } from './test-services';

const bed = servicesBed('baocao-limits-', 'limit-draft');
beforeEach(bed.setUp);
afterEach(bed.tearDown);
const open = () => bed.open();

const unexpected: Error[] = [];
function call<M extends MethodName>(s: Services, method: M, args: MethodArgs<M>): Promise<ApiResult<MethodResult<M>>> {
  return dispatch(s.handlers, method, args, (e) => unexpected.push(e as Error)) as Promise<ApiResult<MethodResult<M>>>;
}
async function value<M extends MethodName>(s: Services, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await call(s, method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** One chain of sections `depth` levels deep, built without recursion. */
function chain(depth: number, prefix = 's'): Section {
  const top: Section = { id: `${prefix}1`, title: `Mục cấp 1`, blocks: [], children: [] };
  let at = top;
  for (let level = 2; level <= depth; level++) {
    const next: Section = { id: `${prefix}${level}`, title: `Mục cấp ${level}`, blocks: [], children: [] };
    at.children.push(next);
    at = next;
  }
  at.blocks.push({ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung ở cấp sâu nhất.' }] });
  return top;
}

function depthOf(sections: readonly Section[]): number {
  let depth = 0;
  let level: readonly Section[] = sections;
  while (level.length > 0) {
    depth++;
    level = level.flatMap((s) => s.children);
  }
  return depth;
}

async function stored(s: Services): Promise<Draft> {
  const created = await value(s, 'createDraft', {});
  await value(s, 'saveDraft', { draft: { ...created, title: 'Bản đang có' } });
  return value(s, 'getDraft', { id: created.meta.id });
}

describe('limits on a saved draft', () => {
  afterEach(() => {
    expect(unexpected).toEqual([]);
    unexpected.length = 0;
  });

  it('keeps a draft at the edge of every limit readable, exportable, backed up and restored', async () => {
    const s = await open();
    const base = await stored(s);
    const edge: Draft = {
      ...base,
      title: 'T'.repeat(TEXT_LIMITS.title.max),
      kinhGui: Array.from({ length: LIST_LIMITS.kinhGui.max }, (_, i) => `Nơi nhận ${i + 1}`),
      sections: [chain(SECTION_DEPTH.max)],
      appendices: [{ id: 'pl1', title: 'Phụ lục', orientation: 'portrait', blocks: [], sections: [chain(SECTION_DEPTH.max, 'p')] }],
    } as Draft;
    await value(s, 'saveDraft', { draft: edge });
    const read = await value(s, 'getDraft', { id: base.meta.id });
    expect(depthOf(read.sections)).toBe(SECTION_DEPTH.max);
    expect(depthOf(read.appendices[0]?.sections ?? [])).toBe(SECTION_DEPTH.max);
    const exported = await value(s, 'exportDocx', { id: base.meta.id });
    expect((await stat(exported.path ?? '')).size).toBeGreaterThan(0);
    await value(s, 'backupNow', {});
    const { imported } = await value(s, 'restoreBackup', {});
    expect(imported).toHaveLength(1);
    const restored = await value(s, 'getDraft', { id: imported[0]?.id ?? '' });
    expect(depthOf(restored.sections)).toBe(SECTION_DEPTH.max);
    expect(restored.title).toBe(edge.title);
  });

  it.each([SECTION_DEPTH.max + 1, 1_000, 100_000])('refuses sections nested %i deep, naming the limit; the stored draft stays', async (depth) => {
    const s = await open();
    const base = await stored(s);
    const result = await call(s, 'saveDraft', { draft: { ...base, sections: [chain(depth)] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_ARGUMENT');
      expect(result.error.message).toContain(SECTION_DEPTH.message);
    }
    expect((await value(s, 'getDraft', { id: base.meta.id })).title).toBe('Bản đang có');
  });

  it('counts the sections of an appendix too', async () => {
    const s = await open();
    const base = await stored(s);
    const appendix = { id: 'pl1', title: 'Phụ lục', orientation: 'portrait', blocks: [], sections: [chain(SECTION_DEPTH.max + 1)] };
    const result = await call(s, 'saveDraft', { draft: { ...base, appendices: [appendix] } as Draft });
    expect(result.ok ? '' : result.error.message).toContain(SECTION_DEPTH.message);
  });

  it('refuses a 20 MB title with the field and its limit in Vietnamese, and the list never carries it', async () => {
    const s = await open();
    const base = await stored(s);
    const result = await call(s, 'saveDraft', { draft: { ...base, title: 'A'.repeat(20 * 1024 * 1024) } });
    expect(result.ok ? '' : result.error.message).toContain('"Trích yếu" dài quá giới hạn 2.000 ký tự');
    const list = await value(s, 'listDrafts', {});
    expect(list.map((d) => d.title)).toEqual(['Bản đang có']);
  });

  it('refuses a draft whose fields are each within limits but whose whole is too big', async () => {
    const s = await open();
    const base = await stored(s);
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x'.repeat(TEXT_LIMITS.run.max) }] };
    const count = Math.ceil(MAX_DRAFT_BYTES / TEXT_LIMITS.run.max) + 1;
    const result = await call(s, 'saveDraft', { draft: { ...base, opening: Array.from({ length: count }, () => paragraph) } });
    expect(result.ok ? '' : result.error.message).toContain('Bản thảo quá lớn');
  });

  it('refuses too many recipients, and too many sections side by side', async () => {
    const s = await open();
    const base = await stored(s);
    const many = Array.from({ length: LIST_LIMITS.recipients.max + 1 }, (_, i) => `Nơi ${i}`);
    const recipients = await call(s, 'saveDraft', { draft: { ...base, noiNhan: { ...base.noiNhan, recipients: many } } });
    expect(recipients.ok ? '' : recipients.error.message).toContain(LIST_LIMITS.recipients.message);
    const wide = Array.from({ length: LIST_LIMITS.sections.max + 1 }, (_, i) => ({ id: `w${i}`, title: '', blocks: [], children: [] }));
    const sections = await call(s, 'saveDraft', { draft: { ...base, sections: wide } });
    expect(sections.ok ? '' : sections.error.message).toContain(LIST_LIMITS.sections.message);
  });
});
