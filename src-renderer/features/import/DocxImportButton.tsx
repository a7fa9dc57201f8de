import { FilePickButton } from '../../components/FilePickButton';
import { useDocxImportControl } from './docx-import-context';

/**
 * "Nhập từ Word…" on the list: picks a .docx for the window's DocxImportHost.
 * Test ids: `btn-import-docx`, `import-docx-input`.
 */
export function DocxImportButton() {
  const control = useDocxImportControl();
  if (!control) return null;
  return (
    <FilePickButton
      testId="btn-import-docx"
      inputTestId="import-docx-input"
      title="Nhập báo cáo kỳ trước từ tệp Word (.docx); có thể kéo thả tệp vào bất cứ đâu trong cửa sổ"
      accept=".docx,.docm,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      busy={control.working}
      onFile={control.importFile}
    >
      Nhập từ Word…
    </FilePickButton>
  );
}
