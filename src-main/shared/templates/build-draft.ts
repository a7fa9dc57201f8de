/** A new draft built from a template and, optionally, an agency profile. Pure. */
import type { Draft, Section } from '../domain/draft-schema';
import { newDraft } from '../domain/new-draft';
import type { AgencyProfile } from '../domain/settings-schema';
import { applyProfile } from './apply-profile';
import type { Template, TemplatePlaceholder, TemplateSection } from './template-schema';

export interface FromTemplateOptions {
  id: string;
  /** ISO time of creation; its year fills {year}. */
  now: string;
  profile?: AgencyProfile | undefined;
  /** Which of the profile's signers signs (the first by default). */
  signerIndex?: number | undefined;
}

/** The text with {year} and {nextYear} filled in. */
export function fillPlaceholders(text: string, year: number): string {
  const values: Record<TemplatePlaceholder, string> = { year: String(year), nextYear: String(year + 1) };
  return text.replace(/\{(year|nextYear)\}/gu, (_, name: TemplatePlaceholder) => values[name]);
}

function sectionOf(section: TemplateSection, year: number): Section {
  return {
    id: section.key,
    title: fillPlaceholders(section.title, year),
    ...(section.numbered === false ? { numbered: false } : {}),
    blocks: [],
    children: section.children.map((child) => sectionOf(child, year)),
  };
}

/** A draft with the template's trích yếu, numbering and empty sections, filled from the profile. */
export function draftFromTemplate(template: Template, { id, now, profile, signerIndex = 0 }: FromTemplateOptions): Draft {
  const base = newDraft({ id, now });
  const year = base.header.date.year;
  const draft: Draft = {
    ...base,
    meta: { ...base.meta, template: template.id },
    title: fillPlaceholders(template.title, year),
    outlineStart: template.outlineStart,
    partStyle: template.partStyle,
    sections: template.sections.map((section) => sectionOf(section, year)),
  };
  return profile ? applyProfile(draft, profile, signerIndex) : draft;
}

/** The template section a draft's section came from (same id), for its guidance. */
export function templateSection(template: Template, sectionId: string): TemplateSection | undefined {
  const walk = (list: readonly TemplateSection[]): TemplateSection | undefined => {
    for (const section of list) {
      if (section.key === sectionId) return section;
      const below = walk(section.children);
      if (below) return below;
    }
    return undefined;
  };
  return walk(template.sections);
}
