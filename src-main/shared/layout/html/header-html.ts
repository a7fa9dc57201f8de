/**
 * Page 1 above the content: the two-column header table (ô 1–4, 10, 11), "BÁO CÁO" with the
 * trích yếu and its rule (ô 5a), and Kính gửi (ô 9a).
 */
import type { HeaderPlan, KinhGuiPlan, TitlePlan } from '../plan-types';
import { partAttr, type HtmlPart } from './block-html';
import { classes, pt, type StyleRegistry } from './style-registry';
import { frameHtml, ruleHtml, textLinesHtml } from './text-html';

/** The header table: [top marks], agency | quốc hiệu and tiêu ngữ, Số and stamps | place and date. */
export function headerPart(styles: StyleRegistry, header: HeaderPlan): HtmlPart {
  const { columns } = header;
  const tableCls = styles.cls({ width: pt(columns.total), 'margin-left': pt(columns.indent) });
  const cellCls = styles.cls({ 'padding-left': pt(columns.cellPadding), 'padding-right': pt(columns.cellPadding) });
  const cell = (content: string, side: 'left' | 'right'): string => `<td class="${classes('bc-header-cell', `bc-header-${side}`, cellCls)}">${content}</td>`;
  const row = (left: string, right: string, cls: string): string => `<tr class="${cls}">${cell(left, 'left')}${cell(right, 'right')}</tr>`;
  const frames = (list: HeaderPlan['topLeft']): string => list.map((f) => frameHtml(styles, f)).join('');

  const rows: string[] = [];
  if (header.topLeft.length > 0 || header.topRight.length > 0) rows.push(row(frames(header.topLeft), frames(header.topRight), 'bc-header-marks'));
  const agency = `${header.parentAgency ? textLinesHtml(styles, header.parentAgency, { cls: 'bc-parent-agency' }) : ''}${textLinesHtml(styles, header.issuingAgency, { cls: 'bc-issuing-agency' })}${ruleHtml(styles, header.agencyRule)}`;
  const nation = `${textLinesHtml(styles, header.quocHieu, { cls: 'bc-quoc-hieu' })}${textLinesHtml(styles, header.tieuNgu, { cls: 'bc-tieu-ngu' })}${ruleHtml(styles, header.tieuNguRule)}`;
  rows.push(row(agency, nation, 'bc-header-names'));
  rows.push(row(`${textLinesHtml(styles, header.number, { cls: 'bc-number' })}${frames(header.stamps)}`, textLinesHtml(styles, header.date, { cls: 'bc-date' }), 'bc-header-number'));
  const cols = `<colgroup><col class="${styles.cls({ width: pt(columns.left) })}"><col class="${styles.cls({ width: pt(columns.right) })}"></colgroup>`;
  return { key: 'header', html: `<table class="${classes('bc-header', tableCls)}"${partAttr('header')}>${cols}<tbody>${rows.join('')}</tbody></table>` };
}

/** "BÁO CÁO", the trích yếu and the rule under them, kept together and with what follows. */
export function titlePart(styles: StyleRegistry, title: TitlePlan): HtmlPart {
  const summary = title.summary ? textLinesHtml(styles, title.summary, { cls: 'bc-summary' }) : '';
  const html = `<div class="bc-title"${partAttr('title')}>${textLinesHtml(styles, title.docType, { cls: 'bc-doc-type' })}${summary}${ruleHtml(styles, title.rule)}</div>`;
  return { key: 'title', html };
}

/** Kính gửi: one line, or the label and one "- …;" line per recipient. */
export function kinhGuiPart(styles: StyleRegistry, kinhGui: KinhGuiPlan): HtmlPart {
  const inner =
    kinhGui.kind === 'single'
      ? textLinesHtml(styles, kinhGui.line)
      : `${textLinesHtml(styles, kinhGui.label)}${kinhGui.items.map((item) => textLinesHtml(styles, item)).join('')}`;
  return { key: 'kinh-gui', html: `<div class="bc-kinh-gui"${partAttr('kinh-gui')}>${inner}</div>` };
}
