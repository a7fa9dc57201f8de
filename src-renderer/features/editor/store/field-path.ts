/**
 * Field keys: a path into the draft written as one string ("sections.2.blocks"), the form the
 * store, the DOM (`data-field`) and the checks' jumps share. Draft object keys are never digits,
 * so a digit-only part is always an array index.
 */
import type { FieldPath } from '@shared/domain/checks';

export type { FieldPath };

/** ['sections', 2, 'title'] → "sections.2.title". */
export function fieldKey(path: FieldPath): string {
  return path.join('.');
}

/** "sections.2.title" → ['sections', 2, 'title']. */
export function parseFieldKey(key: string): FieldPath {
  if (key === '') return [];
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Whether `key` is `prefix` or lies inside it ("sections.2.title" inside "sections.2"). */
export function isWithin(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`);
}
