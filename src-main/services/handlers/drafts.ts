/** Draft handlers: list, open, create from a template, save, delete (one or many), copies, search and the trash. */
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { duplicateDraft } from '../../shared/domain/duplicate';
import { newPeriodDraft } from '../../shared/domain/new-period';
import { BLANK_TEMPLATE_ID, draftFromTemplate, findTemplate, TEMPLATES } from '../../shared/templates';
import type { HandlerDeps } from '../handler-deps';

type DraftHandlers = Pick<
  Handlers,
  | 'listDrafts'
  | 'getDraft'
  | 'createDraft'
  | 'listTemplates'
  | 'saveDraft'
  | 'deleteDraft'
  | 'deleteDrafts'
  | 'duplicateDraft'
  | 'newPeriodDraft'
  | 'searchDrafts'
  | 'listTrash'
  | 'restoreFromTrash'
  | 'emptyTrash'
>;

/** Builds the draft handlers. */
export function draftHandlers(deps: HandlerDeps): DraftHandlers {
  const { drafts } = deps;
  const copyOf = async (id: string, make: typeof duplicateDraft) => {
    const source = await drafts.get(id);
    return drafts.create(make(source, { id: deps.newId(), now: deps.clock().toISOString() }));
  };
  return {
    listDrafts: () => drafts.list(),
    getDraft: ({ id }) => drafts.get(id),
    createDraft: async ({ template: templateId = BLANK_TEMPLATE_ID, profileId, signerIndex }) => {
      const template = findTemplate(templateId);
      if (!template) throw new AppError('NOT_FOUND', `Không có mẫu báo cáo “${templateId}”. Hãy chọn một mẫu trong danh sách.`);
      const profile = profileId === undefined ? undefined : deps.settings.get().profiles.find((p) => p.id === profileId);
      if (profileId !== undefined && !profile) {
        throw new AppError('NOT_FOUND', 'Không tìm thấy hồ sơ cơ quan đã chọn (có thể vừa bị xóa trong “Cài đặt”). Hãy chọn lại.');
      }
      if (profile && signerIndex !== undefined && !profile.signers[signerIndex]) {
        throw new AppError('NOT_FOUND', 'Hồ sơ cơ quan đã chọn không có người ký này. Hãy chọn lại.');
      }
      return drafts.create(draftFromTemplate(template, { id: deps.newId(), now: deps.clock().toISOString(), profile, signerIndex }));
    },
    listTemplates: async () => [...TEMPLATES],
    // dispatch() parsed the draft against the contract's DraftSchema and nothing else holds it.
    saveDraft: ({ draft, expectedUpdatedAt }) => drafts.save(draft, { expectedUpdatedAt, validated: true }),
    deleteDraft: async ({ id }) => {
      await drafts.delete(id);
      return { id };
    },
    deleteDrafts: async ({ ids }) => {
      let count = 0;
      for (const id of new Set(ids)) {
        try {
          await drafts.delete(id);
          count++;
        } catch (error) {
          if (error instanceof AppError && error.code === 'NOT_FOUND') continue; // already gone
          if (count === 0 || !(error instanceof AppError)) throw error;
          throw new AppError(error.code, `${error.message} (Đã chuyển ${count} bản thảo vào thùng rác trước khi gặp lỗi.)`);
        }
      }
      return { count };
    },
    duplicateDraft: ({ id }) => copyOf(id, duplicateDraft),
    newPeriodDraft: ({ id }) => copyOf(id, newPeriodDraft),
    searchDrafts: async ({ query, year, status, limit }) => {
      if (query.trim() === '') return [];
      const options = { ...(year !== undefined && { year }), ...(status !== undefined && { status }), ...(limit !== undefined && { limit }) };
      return deps.search().search(query, options);
    },
    listTrash: () => drafts.listTrash(),
    restoreFromTrash: ({ id }) => drafts.restoreFromTrash(id),
    emptyTrash: async () => {
      const purged = await drafts.emptyTrash();
      for (const id of purged) {
        await deps.history.remove(id).catch(() => deps.addNotice(`Chưa xoá được lịch sử phiên bản của bản thảo "${id}" đã xoá vĩnh viễn.`));
      }
      return { count: purged.length };
    },
  };
}
