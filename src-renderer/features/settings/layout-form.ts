/** The layout preferences as edited: margins as typed text, everything else as chosen values. */
import { MARGIN_RANGES_MM, type Layout } from '@shared/domain/settings-schema';

export type Side = keyof typeof MARGIN_RANGES_MM;
export const SIDES: readonly { side: Side; label: string }[] = [
  { side: 'top', label: 'Lề trên' },
  { side: 'bottom', label: 'Lề dưới' },
  { side: 'left', label: 'Lề trái' },
  { side: 'right', label: 'Lề phải' },
];

export interface LayoutForm extends Omit<Layout, 'margins'> {
  margins: Record<Side, string>;
}

export function toForm(layout: Layout): LayoutForm {
  const { top, bottom, left, right } = layout.margins;
  return { ...layout, margins: { top: String(top), bottom: String(bottom), left: String(left), right: String(right) } };
}

/** A typed millimetre value ("20", "22,5"), or null when it is not a number. */
export function parseMm(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Whether a margin is inside its legal range (the hint shows it; main enforces it). */
export function inRange(side: Side, value: number): boolean {
  const [min, max] = MARGIN_RANGES_MM[side];
  return value >= min && value <= max;
}

/** The layout to send, or the sides whose text is not a number. */
export function fromForm(form: LayoutForm): { layout: Layout } | { notNumbers: Side[] } {
  const margins: Partial<Layout['margins']> = {};
  const notNumbers: Side[] = [];
  for (const { side } of SIDES) {
    const value = parseMm(form.margins[side]);
    if (value === null) notNumbers.push(side);
    else margins[side] = value;
  }
  if (notNumbers.length > 0) return { notNumbers };
  return { layout: { ...form, margins: margins as Layout['margins'] } };
}

/**
 * Which layout field main's refusal is about and its own words: from
 * `Dữ liệu không hợp lệ ở trường "settings.layout.margins.left": Lề … tối đa 35 mm` it answers
 * `{ field: 'margins.left', text: 'Lề … tối đa 35 mm' }`; null when it names no layout field.
 */
export function fieldError(message: string): { field: string; text: string } | null {
  const match = /"settings\.layout\.([^"]+)":\s*(.+)$/s.exec(message);
  if (!match?.[1] || !match[2]) return null;
  return { field: match[1], text: match[2] };
}
