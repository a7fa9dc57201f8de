/**
 * The layout settings a file was set in, as far as they change how the app would break its lines:
 * the size preset (a 12 pt quốc hiệu or 13 pt body means preset 13) and the margins, clamped to
 * the legal ranges. Used to tell chosen line breaks from the layout's own and to compare prints.
 */
import { LayoutSchema, MARGIN_RANGES_MM, type Layout } from '../domain/settings-schema';
import type { DocModel } from './doc-model';

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));
const mm = (twips: number) => Math.round((twips / 56.7) * 10) / 10;

/** The layout of `doc`; `quocHieuSize` and `bodySize` in points when the file gives them. */
export function layoutOf(doc: DocModel, quocHieuSize: number | null, bodySize: number | null): Layout {
  const preset = quocHieuSize !== null ? (quocHieuSize <= 12 ? 13 : 14) : bodySize !== null && bodySize <= 13 ? 13 : 14;
  const main = doc.sections[0];
  const margins = main
    ? {
        top: clamp(mm(main.margins.top), MARGIN_RANGES_MM.top),
        bottom: clamp(mm(main.margins.bottom), MARGIN_RANGES_MM.bottom),
        left: clamp(mm(main.margins.left), MARGIN_RANGES_MM.left),
        right: clamp(mm(main.margins.right), MARGIN_RANGES_MM.right),
      }
    : undefined;
  return LayoutSchema.parse({ sizePreset: preset, ...(margins ? { margins } : {}) });
}
