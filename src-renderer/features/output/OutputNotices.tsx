import { StatusBanner } from '../../components/StatusBanner';
import { OutboxNotice } from './OutboxNotice';
import type { OutputOutcome } from './outcome';
import type { OutputControls } from './use-output';
import './output.css';

const banner = (outcome: OutputOutcome) => (outcome === null ? null : { kind: outcome.kind, text: outcome.text, ...(outcome.kind === 'ok' && outcome.path ? { path: outcome.path } : {}) });

/** The outcomes of "In", "Xuất PDF" and "Gửi email", under the toolbar. */
export function OutputNotices({ output }: { output: OutputControls }) {
  const { print, pdf, email } = output;
  return (
    <>
      <StatusBanner status={banner(print.outcome)} onDismiss={print.dismiss} testId="print-status" />
      <StatusBanner status={banner(pdf.outcome)} onDismiss={pdf.dismiss} testId="pdf-status" />
      <OutboxNotice state={email.state} onOpenFolder={() => void email.openFolder()} onDismiss={email.dismiss} />
    </>
  );
}
