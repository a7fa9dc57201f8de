import type { RefObject } from 'react';
import type { Notify } from '../../app/use-notices';
import { ContentFieldsHost } from '../editor/ContentField';
import { FootnoteOffsetsProvider } from '../editor/footnote-offsets';
import type { Guard } from '../editor/output-host';
import { useEditorSelector } from '../editor/store/context';
import { useStep } from '../editor/store/hooks';
import { useTemplate } from '../templates/templates-context';
import { StepIntro } from './StepIntro';
import { StepNav } from './StepNav';
import { ClosingStep } from './steps/ClosingStep';
import { ContentStep } from './steps/ContentStep';
import { HeaderStep } from './steps/HeaderStep';
import { OpeningStep } from './steps/OpeningStep';
import { ReviewStep } from './steps/ReviewStep';
import { SignerStep } from './steps/SignerStep';
import { useStepFocus } from './use-step-focus';

interface StepScreenProps {
  formRef: RefObject<HTMLDivElement | null>;
  notify: Notify;
  onOpenSettings?: (() => void) | undefined;
  guard: Guard;
}

/** The step being edited: its heading and help, its fields, and the way to the next step. */
export function StepScreen({ formRef, notify, onOpenSettings, guard }: StepScreenProps) {
  const step = useStep();
  const templateId = useEditorSelector((state) => state.draft.meta.template);
  const template = useTemplate(templateId);
  useStepFocus(formRef, step);
  return (
    <div className="guide-step editor-form" ref={formRef} data-testid={`step-screen-${step}`} data-step={step}>
      <StepIntro step={step} />
      {step === 'header' ? <HeaderStep notify={notify} onOpenSettings={onOpenSettings} /> : null}
      {step === 'opening' || step === 'content' || step === 'closing' ? (
        <FootnoteOffsetsProvider>
          <ContentFieldsHost>
            {step === 'opening' ? <OpeningStep template={template} /> : null}
            {step === 'content' ? <ContentStep /> : null}
            {step === 'closing' ? <ClosingStep template={template} /> : null}
          </ContentFieldsHost>
        </FootnoteOffsetsProvider>
      ) : null}
      {step === 'signer' ? <SignerStep /> : null}
      {step === 'review' ? <ReviewStep guard={guard} /> : null}
      <StepNav step={step} />
    </div>
  );
}
