import { FilePickButton } from '../../components/FilePickButton';

interface ImportButtonProps {
  busy: boolean;
  onFile: (file: File) => void;
}

/** "Nhập báo cáo": picks a transfer file (.baocao) or a single draft (.json). */
export function ImportButton({ busy, onFile }: ImportButtonProps) {
  return (
    <FilePickButton
      testId="btn-import"
      inputTestId="import-input"
      title="Nhập tệp .baocao hoặc .json xuất từ Soạn Báo Cáo"
      accept=".baocao,.json,application/json"
      busy={busy}
      onFile={onFile}
    >
      Nhập báo cáo…
    </FilePickButton>
  );
}
