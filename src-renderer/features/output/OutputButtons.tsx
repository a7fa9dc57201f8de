import { explainPrintCopies } from '@shared/domain/print-copies';
import { shortcutLabel } from './shortcuts';
import type { OutputControls } from './use-output';

/** "In n bản", "Xuất PDF" and "Gửi email"; each tooltip names its shortcut, "In" also how n was counted. */
export function OutputButtons({ output }: { output: OutputControls }) {
  const { print, pdf, email } = output;
  const printTip = `In bản thảo theo đúng trình bày trang (${shortcutLabel('print')}).\n\n${explainPrintCopies(print.copies)}`;
  return (
    <>
      <button type="button" className="btn" data-testid="btn-print" data-copies={print.copies.total} title={printTip} disabled={print.busy} onClick={() => void print.run()}>
        {print.busy ? 'Đang chuẩn bị in…' : `In ${print.copies.total} bản`}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="btn-export-pdf"
        title={`Xuất bản thảo ra tệp PDF, giữ nguyên trình bày trang (${shortcutLabel('pdf')})`}
        disabled={pdf.busy}
        onClick={() => void pdf.run()}
      >
        {pdf.busy ? 'Đang xuất PDF…' : 'Xuất PDF'}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="btn-email"
        title={`Chuẩn bị thư có đính kèm tệp DOCX và PDF, mở bằng chương trình thư của máy (${shortcutLabel('email')})`}
        disabled={email.busy}
        onClick={() => void email.run()}
      >
        {email.busy ? 'Đang chuẩn bị thư…' : 'Gửi email'}
      </button>
    </>
  );
}
