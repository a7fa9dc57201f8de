/** The part of the page the preview follows: where the focus is in the step, else what the step edits. */
import { useEffect, useState, type RefObject } from 'react';
import type { PreviewPart } from '../../page/page-api';
import { partOfElement } from '../preview/edited-part';
import type { StepId } from './steps';

/** What each step edits, for the preview to show before anything is focused. */
const STEP_PARTS: Record<StepId, PreviewPart | null> = {
  header: { kind: 'header' },
  opening: { kind: 'title' },
  content: null,
  closing: { kind: 'closing' },
  signer: { kind: 'signature' },
  review: null,
};

const samePart = (a: PreviewPart | null, b: PreviewPart | null) => JSON.stringify(a) === JSON.stringify(b);

/** Follows the focus inside `formRef`; moving to another step starts from that step's part. */
export function useFollowedPart(formRef: RefObject<HTMLElement | null>, step: StepId): PreviewPart | null {
  const [state, setState] = useState<{ step: StepId; part: PreviewPart | null }>({ step, part: STEP_PARTS[step] });
  if (state.step !== step) setState({ step, part: STEP_PARTS[step] });
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onFocus = (event: FocusEvent) => {
      const next = partOfElement(event.target instanceof Element ? event.target : null);
      if (next) setState((current) => (samePart(current.part, next) ? current : { ...current, part: next }));
    };
    form.addEventListener('focusin', onFocus);
    return () => form.removeEventListener('focusin', onFocus);
  }, [formRef]);
  return state.part;
}
