/** "BÁO CÁO", the trích yếu and its rule, then the Kính gửi lines, as the plan sets them. */
import type { Paragraph } from 'docx';
import type { KinhGuiPlan, TitlePlan } from '../../shared/layout';
import type { BuildContext } from './context';
import { ruleParagraph, textParagraph } from './paragraph-kit';

function kinhGui(ctx: BuildContext, plan: KinhGuiPlan | null): Paragraph[] {
  if (!plan) return [];
  if (plan.kind === 'single') return [textParagraph(ctx, plan.line)];
  return [textParagraph(ctx, plan.label), ...plan.items.map((item) => textParagraph(ctx, item))];
}

/** The title block paragraphs. */
export function titleBlock(ctx: BuildContext, title: TitlePlan, recipients: KinhGuiPlan | null): Paragraph[] {
  return [
    textParagraph(ctx, title.docType),
    ...(title.summary ? [textParagraph(ctx, title.summary)] : []),
    ruleParagraph(title.rule),
    ...kinhGui(ctx, recipients),
  ];
}
