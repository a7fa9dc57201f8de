/**
 * Where the keyboard focus goes when the screen changes: to the field a jump, an undo or a new
 * section asked for, else to the heading of a step just opened.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useEditorSelector } from '../editor/store/context';
import { focusField } from './focus-field';
import type { StepId } from './steps';

/** Follows the store's focus requests and step changes inside `root`. */
export function useStepFocus(root: RefObject<HTMLElement | null>, step: StepId): void {
  const request = useEditorSelector((state) => state.focusRequest);
  const seen = useRef<{ step: StepId | null; seq: number }>({ step: null, seq: 0 });
  // A layout effect: the focus moves before the next key press is handled, so typing right after
  // Enter (a new section) or a jump goes into the new field, never the old one.
  useLayoutEffect(() => {
    const form = root.current;
    if (!form) return;
    const last = seen.current;
    const asked = request !== null && request.seq !== last.seq ? request : null;
    const opened = step !== last.step;
    seen.current = { step, seq: request?.seq ?? last.seq };
    if (!asked && !opened) return;
    if (asked && focusField(form, asked.key)) return;
    form.querySelector<HTMLElement>('[data-testid="step-title"]')?.focus();
  }, [request, root, step]);
}
