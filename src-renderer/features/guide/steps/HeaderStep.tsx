import type { Notify } from '../../../app/use-notices';
import { GeneralPanel } from '../../editor/GeneralPanel';
import { MarksPanel } from '../../editor/MarksPanel';
import { ProfileFillBar } from '../../editor/ProfileFillBar';

/** Bước 1: the agency (picked from a profile or typed), number and symbol, place and date, marks. */
export function HeaderStep({ notify, onOpenSettings }: { notify: Notify; onOpenSettings?: (() => void) | undefined }) {
  return (
    <>
      <ProfileFillBar notify={notify} onOpenSettings={onOpenSettings} />
      <GeneralPanel />
      <MarksPanel />
    </>
  );
}
