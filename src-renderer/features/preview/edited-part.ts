/**
 * Which part of the report an element of the editor form edits: a section's or an appendix's
 * own box (data-section-id / data-appendix-id), else the panel it sits in. The preview scrolls
 * its pages there (the editor follows the focus with it).
 */
import type { PreviewPart } from '../../page/page-api';

/** Panels of the editor (their data-testid) and the part of the page each one edits. */
const PANEL_PARTS: Record<string, PreviewPart['kind']> = {
  'panel-general': 'header',
  'panel-marks': 'header',
  'panel-title': 'title',
  'panel-kinhgui': 'kinh-gui',
  'panel-opening': 'opening',
  'panel-closing': 'closing',
  'panel-noinhan': 'signature',
  'panel-signer': 'signature',
  'panel-drafter': 'signature',
};

/** The part of the page an element of the editor form edits, or null when it says nothing. */
export function partOfElement(element: Element | null): PreviewPart | null {
  const section = element?.closest<HTMLElement>('[data-section-id]')?.dataset.sectionId;
  if (section) return { kind: 'section', id: section };
  const appendix = element?.closest<HTMLElement>('[data-appendix-id]')?.dataset.appendixId;
  if (appendix) return { kind: 'appendix', id: appendix };
  const panel = element?.closest<HTMLElement>('[data-testid^="panel-"]')?.dataset.testid;
  const kind = panel ? PANEL_PARTS[panel] : undefined;
  return kind && kind !== 'section' && kind !== 'appendix' ? { kind } : null;
}
