/**
 * A report template as a data file (`*.json` beside this file): the trích yếu, the section outline
 * with guidance for each part, and how the body is numbered. A template holds no report text of
 * its own beyond headings: what a clerk would have to delete is help, shown beside the field.
 */
import { z } from 'zod';
import { TEXT_LIMITS, textWithin as text } from '../domain/limits';
import '../domain/zod-vi';

/** Words a template may leave for the draft's year: "{year}" and "{nextYear}". */
export const TEMPLATE_PLACEHOLDERS = ['year', 'nextYear'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/gu;
const unknownPlaceholders = (value: string): string[] =>
  [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));

/** Text that may hold {year} and {nextYear}, and no other braces. */
const withPlaceholders = (limit: (typeof TEXT_LIMITS)[keyof typeof TEXT_LIMITS]) =>
  text(limit).refine((value) => unknownPlaceholders(value).length === 0, {
    message: `Chỉ dùng được {${TEMPLATE_PLACEHOLDERS.join('}, {')}} trong mẫu`,
  });

/** Help shown beside a part: what goes there, and an example from a real report. */
const help = z.string().min(1).max(2_000);

/** A key used as the id of the section it makes, so its guidance can be found again in a draft. */
export const TEMPLATE_KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;
const key = z.string().regex(TEMPLATE_KEY, 'Mã trong mẫu chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang');

export interface TemplateSection {
  key: string;
  title: string;
  numbered?: boolean | undefined;
  guidance: string;
  example?: string | undefined;
  children: TemplateSection[];
}

/** Templates nest as deep as a report does (Phần / I. / 1. / a)); one schema per level, no recursion on input. */
const MAX_TEMPLATE_DEPTH = 4;

function sectionAt(level: number): z.ZodType<TemplateSection> {
  return z.object({
    key,
    title: withPlaceholders(TEXT_LIMITS.sectionTitle),
    numbered: z.boolean().optional(),
    guidance: help,
    example: help.optional(),
    children: level < MAX_TEMPLATE_DEPTH ? z.array(sectionAt(level + 1)).max(50).default([]) : z.array(z.never()).max(0),
  }) as z.ZodType<TemplateSection>;
}

const keysOf = (sections: readonly TemplateSection[]): string[] => sections.flatMap((s) => [s.key, ...keysOf(s.children)]);

export const TemplateSchema = z
  .object({
    /** Stored in the draft's meta.template; "bao-cao" is the blank report every older draft has. */
    id: key,
    /** The name in "Tạo báo cáo mới". */
    name: z.string().min(1).max(200),
    /** One or two sentences: when to choose it. */
    description: z.string().min(1).max(1_000),
    /** Position in the list, smallest first. */
    order: z.number().int().min(0).max(1_000),
    /** Trích yếu the new draft starts with (may be empty). */
    title: withPlaceholders(TEXT_LIMITS.title),
    titleGuidance: help,
    kinhGuiGuidance: help,
    openingGuidance: help,
    openingExample: help.optional(),
    closingGuidance: help,
    closingExample: help.optional(),
    outlineStart: z.enum(['roman', 'arabic']).default('roman'),
    partStyle: z.enum(['none', 'roman', 'words']).default('none'),
    sections: z.array(sectionAt(1)).max(100).default([]),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    for (const k of keysOf(template.sections)) {
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `Mã mục “${k}” trùng trong mẫu`, path: ['sections'] });
      seen.add(k);
    }
  });

export type Template = z.infer<typeof TemplateSchema>;
