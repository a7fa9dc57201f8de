/**
 * The body's shape: a report with no content, a section without a title, a heading with nothing
 * under it, an empty appendix. Each prints as a visible gap (a bare "II." or a lone heading), so
 * each is an error. An untitled khoản or điểm whose first block is a paragraph is fine: it prints
 * "1. Quyết định này …" (docs/layout-rules.md §7.1), so only other untitled sections are reported.
 */
import type { Draft } from '../draft-schema';
import { mapListAt, valueAt } from './draft-edit';
import type { CheckFamily, FieldPath, SectionItem } from './types';
import { blockPrints, hasVisibleText, sectionHasContent } from './visible';
import { appendixName, shortQuote } from './walk';

/** Removes the section at `path` if it is still blank (no title, no content). */
function removeBlankSection(path: FieldPath): (draft: Draft) => Draft {
  const list = path.slice(0, -1);
  const index = path.at(-1) as number;
  return (draft) => {
    const at = valueAt(draft, path) as SectionItem['section'] | undefined;
    if (!at || at.title.trim() || sectionHasContent(at)) return draft;
    return mapListAt(draft, list, (sections) => sections.filter((_, i) => i !== index));
  };
}

/** Body, section and appendix content. */
export const content: CheckFamily = {
  family: 'content',
  create: () => ({
    draft(draft, report) {
      // The closing alone (“Trên đây là …”) reports nothing.
      if (!draft.opening.some(blockPrints) && draft.sections.length === 0) {
        report({
          id: 'content.emptyBody',
          severity: 'error',
          field: ['opening'],
          message: 'Báo cáo chưa có nội dung. Hãy viết đoạn mở đầu (“Thực hiện …”) và thêm các mục của báo cáo.',
        });
      }
      draft.appendices.forEach((appendix, a) => {
        if (appendix.blocks.some(blockPrints) || appendix.sections.length > 0) return;
        report({
          id: 'content.emptyAppendix',
          severity: 'error',
          field: ['appendices', a],
          message: `${appendixName(a, draft.appendices.length)} chưa có nội dung. Hãy nhập nội dung (thường là bảng số liệu) hoặc xóa phụ lục này.`,
        });
      });
    },
    section({ section, field, inlineLevel }, report) {
      const titled = section.title.trim() !== '';
      const hasContent = sectionHasContent(section);
      if (!titled && !hasContent) {
        report({
          id: 'content.blankSection',
          severity: 'error',
          field,
          message: 'Có một mục trống: không có tiêu đề, cũng không có nội dung, nên chỉ in ra số mục. Hãy nhập nội dung hoặc xóa mục này.',
          fix: { label: 'Xóa mục trống', apply: removeBlankSection(field) },
        });
        return;
      }
      if (!titled) {
        const first = section.blocks[0];
        const startsParagraph = inlineLevel && first?.type === 'paragraph' && hasVisibleText(first.content);
        if (startsParagraph || section.numbered === false) return;
        report({
          id: 'content.untitledSection',
          severity: 'error',
          field: [...field, 'title'],
          message: 'Có một mục chưa có tiêu đề, nên chỉ in ra số mục. Hãy nhập tiêu đề cho mục.',
        });
        return;
      }
      if (!hasContent) {
        report({
          id: 'content.emptySection',
          severity: 'error',
          field,
          message: `Mục ${shortQuote(section.title)} chưa có nội dung. Hãy viết nội dung cho mục, hoặc xóa mục nếu không dùng.`,
        });
      }
    },
  }),
};
