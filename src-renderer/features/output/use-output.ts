/** The editor's output actions in one place: print, PDF, email and their keyboard shortcuts. */
import type { Draft } from '@shared/domain/draft-schema';
import { useEmail } from './use-email';
import { usePdfExport } from './use-pdf-export';
import { usePrint } from './use-print';
import { useOutputShortcuts } from './shortcuts';

/** "In", "Xuất PDF" and "Gửi email" for the draft being edited. */
export function useOutput(draft: Draft, flush: () => Promise<boolean>) {
  const print = usePrint(draft, flush);
  const pdf = usePdfExport(draft.meta.id, flush);
  const email = useEmail(draft.meta.id, flush);
  useOutputShortcuts({
    print: () => void (print.busy || print.run()),
    pdf: () => void (pdf.busy || pdf.run()),
    email: () => void (email.busy || email.run()),
  });
  return { print, pdf, email };
}

export type OutputControls = ReturnType<typeof useOutput>;
