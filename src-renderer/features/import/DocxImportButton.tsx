import { useRef } from 'react';
import { useDocxImportControl } from './docx-import-context';

/**
 * "Nhập từ Word…" on the list: picks a .docx for the window's DocxImportHost.
 * Test ids: `btn-import-docx`, `import-docx-input`.
 */
export function DocxImportButton() {
  const control = useDocxImportControl();
  const input = useRef<HTMLInputElement>(null);
  if (!control) return null;
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="btn-import-docx"
        title="Nhập báo cáo kỳ trước từ tệp Word (.docx); có thể kéo thả tệp vào bất cứ đâu trong cửa sổ"
        disabled={control.working}
        onClick={() => input.current?.click()}
      >
        Nhập từ Word…
      </button>
      <input
        ref={input}
        type="file"
        accept=".docx,.docm,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="import-docx-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again fires again.
          event.target.value = '';
          if (file) control.importFile(file);
        }}
      />
    </>
  );
}
