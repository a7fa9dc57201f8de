interface IconButtonProps {
  icon: string;
  label: string;
  onClick: () => void;
  testId: string;
  disabled?: boolean;
  danger?: boolean;
}

/** A small square button with a symbol; the label is its accessible name and tooltip. */
export function IconButton({ icon, label, onClick, testId, disabled = false, danger = false }: IconButtonProps) {
  return (
    <button
      type="button"
      className={danger ? 'icon-btn icon-btn-danger' : 'icon-btn'}
      aria-label={label}
      title={label}
      disabled={disabled}
      data-testid={testId}
      onClick={onClick}
    >
      {icon}
    </button>
  );
}
