import type { Template } from '@shared/templates/template-schema';
import { ClosingPanel } from '../../editor/ClosingPanel';
import { DrafterPanel } from '../../editor/DrafterPanel';
import { NoiNhanPanel } from '../../editor/NoiNhanPanel';

/** Bước 4: the closing sentence, Nơi nhận and ô 12. */
export function ClosingStep({ template }: { template: Template | undefined }) {
  return (
    <>
      <ClosingPanel guidance={template?.closingGuidance} example={template?.closingExample} />
      <NoiNhanPanel />
      <DrafterPanel />
    </>
  );
}
