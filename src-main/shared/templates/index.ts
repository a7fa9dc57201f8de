/**
 * The report templates: one JSON data file each in this folder, validated here once. A new
 * template is a new file and its line below; `templates.test.ts` fails on a file left out.
 */
import baoCao from './bao-cao.json' with { type: 'json' };
import cchcTuyenTruyen from './cchc-tuyen-truyen.json' with { type: 'json' };
import chuyenDe from './chuyen-de.json' with { type: 'json' };
import nhiemVuNam from './nhiem-vu-nam.json' with { type: 'json' };
import soKet6Thang from './so-ket-6-thang.json' with { type: 'json' };
import { TemplateSchema, type Template } from './template-schema';

/** The template files as read, before validation (also for the test that every file is listed). */
export const TEMPLATE_FILES: Readonly<Record<string, unknown>> = {
  'bao-cao.json': baoCao,
  'cchc-tuyen-truyen.json': cchcTuyenTruyen,
  'chuyen-de.json': chuyenDe,
  'nhiem-vu-nam.json': nhiemVuNam,
  'so-ket-6-thang.json': soKet6Thang,
};

/** The id of the blank template, the one older drafts carry. */
export const BLANK_TEMPLATE_ID = 'bao-cao';

/** Every template, validated, in list order. A broken file fails here, at load, naming itself. */
export const TEMPLATES: readonly Template[] = Object.entries(TEMPLATE_FILES)
  .map(([file, value]) => {
    const parsed = TemplateSchema.safeParse(value);
    if (!parsed.success) throw new Error(`Mẫu báo cáo ${file} không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  })
  .sort((a, b) => a.order - b.order);

/** The template with this id, or undefined. */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

export { draftFromTemplate, fillPlaceholders, templateSection } from './build-draft';
export { TemplateSchema, type Template, type TemplateSection } from './template-schema';
