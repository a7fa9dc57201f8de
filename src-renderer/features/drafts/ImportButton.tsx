import { useRef } from 'react';

interface ImportButtonProps {
  busy: boolean;
  onFile: (file: File) => void;
}

/** "Nhập báo cáo": picks a transfer file (.baocao) or a single draft (.json). */
export function ImportButton({ busy, onFile }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="btn-import"
        title="Nhập tệp .baocao hoặc .json xuất từ Soạn Báo Cáo"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        Nhập báo cáo…
      </button>
      <input
        ref={input}
        type="file"
        accept=".baocao,.json,application/json"
        hidden
        data-testid="import-input"
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
