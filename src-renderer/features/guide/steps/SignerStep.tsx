import { SignerPanel } from '../../editor/SignerPanel';

/** Bước 5: the signature block. */
export function SignerStep() {
  return <SignerPanel />;
}
