import type { RefObject } from 'react';
import { useFollowedPart } from '../guide/use-followed-part';
import { PreviewPanel } from '../preview/PreviewPanel';
import { useEditorSelector } from './store/context';
import { useStep } from './store/hooks';

/** The A4 pages beside every step, following the draft and scrolled to the part being edited in `formRef`. */
export function PreviewHost({ formRef }: { formRef: RefObject<HTMLElement | null> }) {
  const draft = useEditorSelector((state) => state.draft);
  const part = useFollowedPart(formRef, useStep());
  return <PreviewPanel draft={draft} part={part} />;
}
