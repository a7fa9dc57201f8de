import type { Editor } from '@tiptap/core';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { RichTextActiveContext, RichTextControlContext, type FieldHandle, type RichTextControl } from './context';

/**
 * Wraps a screen with rich-text fields and their RichTextToolbar: the toolbar acts on the field
 * focused last (it stays the target while the clerk uses the toolbar).
 */
export function RichTextProvider({ children }: { children: ReactNode }) {
  const [active, setActive] = useState<FieldHandle | null>(null);
  const toolbarFocus = useRef<(() => boolean) | null>(null);
  const control = useMemo<RichTextControl>(
    () => ({
      activate: (field) => setActive((current) => (current === field ? current : field)),
      deactivate: (editor: Editor) => setActive((current) => (current?.editor === editor ? null : current)),
      focusToolbar: () => toolbarFocus.current?.() ?? false,
      setToolbarFocus: (focus) => {
        toolbarFocus.current = focus;
      },
    }),
    [],
  );
  return (
    <RichTextControlContext.Provider value={control}>
      <RichTextActiveContext.Provider value={active}>{children}</RichTextActiveContext.Provider>
    </RichTextControlContext.Provider>
  );
}
