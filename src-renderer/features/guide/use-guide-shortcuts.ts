/**
 * The editor's keyboard: Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo the whole draft, Ctrl+S
 * saves and keeps a version, Ctrl+Shift+E exports DOCX, Alt+PageUp / Alt+PageDown change step.
 * Ctrl+P (print) belongs to features/output. Listened to in the capture phase so a text field's
 * own undo never runs: there is one history, the store's.
 */
import { useEffect, useRef } from 'react';
import { actionOf } from '../output/shortcuts';
import type { EditorStore } from '../editor/store/store';
import { nextStep } from './steps';

export interface GuideShortcutHandlers {
  saveRevision: () => void;
  exportDocx: () => void;
}

type KeyLike = Pick<KeyboardEvent, 'code' | 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** What a key press asks the editor for, or null. */
export function guideActionOf(event: KeyLike): 'undo' | 'redo' | 'save' | 'docx' | 'previous' | 'next' | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey) {
    if (event.code === 'KeyZ') return event.shiftKey ? 'redo' : 'undo';
    if (event.code === 'KeyY' && !event.shiftKey) return 'redo';
    if (event.code === 'KeyS' && !event.shiftKey) return 'save';
    // Ctrl+Shift+E is DOCX unless features/output has taken it for one of its own actions.
    if (event.code === 'KeyE' && event.shiftKey && actionOf(event) === null) return 'docx';
    return null;
  }
  if (event.altKey && !ctrl && !event.shiftKey) {
    if (event.key === 'PageUp') return 'previous';
    if (event.key === 'PageDown') return 'next';
  }
  return null;
}

/** Whether Ctrl+Shift+E exports DOCX (it does unless another action uses it). */
export function docxShortcutFree(): boolean {
  return actionOf({ code: 'KeyE', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false }) === null;
}

/** Wires the shortcuts to `store` while mounted. */
export function useGuideShortcuts(store: EditorStore, handlers: GuideShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = guideActionOf(event);
      if (!action) return;
      // A modal dialog (a question, the shortcut list) keeps the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat && (action === 'save' || action === 'docx')) return;
      const step = store.getState().step;
      switch (action) {
        case 'undo':
        case 'redo':
          store.dispatch({ type: action });
          return;
        case 'save':
          latest.current.saveRevision();
          return;
        case 'docx':
          latest.current.exportDocx();
          return;
        case 'previous':
        case 'next': {
          const target = nextStep(step, action === 'next' ? 1 : -1);
          if (target) store.dispatch({ type: 'setStep', step: target });
        }
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [store]);
}
