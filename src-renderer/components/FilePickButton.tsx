import { useRef, type ReactNode } from 'react';

interface FilePickButtonProps {
  /** The button's label. */
  children: ReactNode;
  title: string;
  /** The file input's `accept`. */
  accept: string;
  busy: boolean;
  /** Test ids of the button and of its hidden file input. */
  testId: string;
  inputTestId: string;
  onFile: (file: File) => void;
}

/** A button that opens the system's file picker and hands over the one file chosen. */
export function FilePickButton({ children, title, accept, busy, testId, inputTestId, onFile }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" data-testid={testId} title={title} disabled={busy} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again fires again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
