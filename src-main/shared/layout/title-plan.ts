/**
 * Tên loại and trích yếu (ô 5a) with the short rule under them, then the optional Kính gửi
 * (ô 9a, docs/layout-rules.md §5–6): one recipient on the same line, several as "- …;" lines
 * whose dashes line up under the colon, the last ending with ".".
 */
import type { Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { DOC_TYPE, KINH_GUI, KINH_GUI_GAP, SHORT_RULE_RATIO, TITLE_GAP } from './constants';
import { font, rule, textLines } from './lines';
import type { KinhGuiPlan, PageGeometry, TitlePlan } from './plan-types';
import type { SizeSet } from './sizes';
import { balancedTitleLines, textWidthTwips } from './text-width';

/** "BÁO CÁO", the balanced trích yếu and its rule (1/3–1/2 of the longest title line). */
export function planTitle(draft: Draft, layout: Layout, page: PageGeometry, sizes: SizeSet): TitlePlan {
  const lines = balancedTitleLines(draft.title, sizes.title, 'bold', page.textWidth);
  const measured = lines.length > 0 ? lines : [DOC_TYPE];
  const longest = Math.max(...measured.map((l) => textWidthTwips(l, sizes.title, 'bold')));
  return {
    docType: textLines([DOC_TYPE], font(sizes.docType, true), { spaceBefore: TITLE_GAP, keepWithNext: true }),
    summary: lines.length > 0 ? textLines(lines, font(sizes.title, true), { keepWithNext: true }) : null,
    rule: rule(longest * SHORT_RULE_RATIO, page.textWidth, layout.ruleWeightPt),
  };
}

/** A recipient with its list punctuation: ";" inside the list, "." at the end. */
function punctuate(recipient: string, last: boolean): string {
  return `${recipient.replace(/[\s;.,]+$/u, '')}${last ? '.' : ';'}`;
}

/** The Kính gửi lines; null for a report not sent upward. */
export function planKinhGui(draft: Draft, page: PageGeometry, sizes: SizeSet): KinhGuiPlan | null {
  const size = sizes.kinhGui;
  const list = draft.kinhGui.map((r) => r.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  const [only] = list;
  if (only === undefined) return null;
  if (list.length === 1) {
    return { kind: 'single', line: textLines([`${KINH_GUI}: ${punctuate(only, true)}`], font(size), { spaceBefore: KINH_GUI_GAP }) };
  }
  // The dashes start where the colon stands; the block is centred on the page as far as it fits.
  const labelWidth = textWidthTwips(KINH_GUI, size);
  const dashWidth = textWidthTwips('- ', size);
  const lines = list.map((r, i) => `- ${punctuate(r, i === list.length - 1)}`);
  const widest = Math.max(...lines.map((l) => textWidthTwips(l, size)));
  const left = Math.max(0, Math.round((page.textWidth - labelWidth - widest) / 2));
  return {
    kind: 'list',
    label: textLines([`${KINH_GUI}:`], font(size), { align: 'left', spaceBefore: KINH_GUI_GAP, indentLeft: left, keepWithNext: true }),
    // A long recipient wraps under its own text, not under the dash.
    items: lines.map((line, i) =>
      textLines([line], font(size), {
        align: 'left',
        indentLeft: left + labelWidth + dashWidth,
        indentFirstLine: -dashWidth,
        keepWithNext: i < lines.length - 1,
      }),
    ),
  };
}
