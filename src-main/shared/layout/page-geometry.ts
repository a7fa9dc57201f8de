/** Page shapes (docs/layout-rules.md §1): A4 with the layout's margins, portrait or landscape. */
import type { Layout } from '../domain/settings-schema';
import { A4, HEADER_DISTANCE } from './constants';
import type { Orientation, PageGeometry } from './plan-types';
import { mmToTwips } from './units';

/**
 * A4 in `orientation` with the layout's margins. A landscape page keeps each margin on the same
 * side as read (top stays top), our choice: NĐ30 gives margins for the page as read.
 */
export function pageGeometry(layout: Layout, orientation: Orientation = 'portrait'): PageGeometry {
  const margins = {
    top: mmToTwips(layout.margins.top),
    bottom: mmToTwips(layout.margins.bottom),
    left: mmToTwips(layout.margins.left),
    right: mmToTwips(layout.margins.right),
  };
  const width = orientation === 'portrait' ? A4.width : A4.height;
  const height = orientation === 'portrait' ? A4.height : A4.width;
  return {
    orientation,
    width,
    height,
    margins,
    headerDistance: HEADER_DISTANCE,
    textWidth: width - margins.left - margins.right,
    textHeight: height - margins.top - margins.bottom,
  };
}
