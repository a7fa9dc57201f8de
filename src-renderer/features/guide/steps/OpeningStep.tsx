import { KinhGuiPanel } from '../../editor/KinhGuiPanel';
import { OpeningPanel } from '../../editor/OpeningPanel';
import { TitlePanel } from '../../editor/TitlePanel';
import type { Template } from '@shared/templates/template-schema';

/** Bước 2: trích yếu, Kính gửi and the opening (căn cứ). */
export function OpeningStep({ template }: { template: Template | undefined }) {
  return (
    <>
      <TitlePanel guidance={template?.titleGuidance} />
      <KinhGuiPanel guidance={template?.kinhGuiGuidance} />
      <OpeningPanel guidance={template?.openingGuidance} example={template?.openingExample} />
    </>
  );
}
