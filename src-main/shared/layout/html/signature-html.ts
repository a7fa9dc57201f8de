/** The signature area (ô 7, 9b, 12) and the ô 13 address line at the foot of page 1. */
import type { PagePlan, SignaturePlan } from '../plan-types';
import { partAttr, type HtmlPart } from './block-html';
import { classes, pt, ptSize, type StyleRegistry } from './style-registry';
import { textLinesHtml } from './text-html';

/** Nơi nhận | signer, in a borderless two-column table kept on one page. */
export function signaturePart(styles: StyleRegistry, signature: SignaturePlan): HtmlPart {
  const { columns } = signature;
  const tableCls = styles.cls({ width: pt(columns.total), 'margin-top': pt(signature.gapAbove) });
  const leftCls = styles.cls({ 'padding-right': pt(signature.innerPadding) });
  const rightCls = styles.cls({ 'padding-left': pt(signature.innerPadding) });
  const left = [signature.noiNhanLabel, ...signature.recipients].map((t) => textLinesHtml(styles, t)).join('');
  const right = [
    ...signature.authority.map((t) => textLinesHtml(styles, t, { cls: 'bc-authority' })),
    signature.ownTitle ? textLinesHtml(styles, signature.ownTitle, { cls: 'bc-signer-title' }) : '',
    textLinesHtml(styles, signature.name, { cls: 'bc-signer-name' }),
  ].join('');
  const cols = `<colgroup><col class="${styles.cls({ width: pt(columns.left) })}"><col class="${styles.cls({ width: pt(columns.right) })}"></colgroup>`;
  const html =
    `<table class="${classes('bc-signature', tableCls)}"${partAttr('signature')}>${cols}<tbody><tr>` +
    `<td class="${classes('bc-noi-nhan', leftCls)}">${left}</td><td class="${classes('bc-signer', rightCls)}">${right}</td></tr></tbody></table>`;
  return { key: 'signature', html };
}

/** Ô 13 under a full-width rule; the paginator places it at the foot of page 1. */
export function addressHtml(styles: StyleRegistry, address: NonNullable<PagePlan['addressLine']>): string {
  const ruleCls = styles.cls({ 'border-top': `${ptSize(address.ruleWeightPt)} solid #000` });
  return `<div class="${classes('bc-address', ruleCls)}">${textLinesHtml(styles, address)}</div>`;
}
