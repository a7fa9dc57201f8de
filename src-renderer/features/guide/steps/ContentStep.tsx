import { AppendicesPanel } from '../../editor/AppendicesPanel';
import { SectionsPanel } from '../../editor/SectionsPanel';

/** Bước 3: the sections of the body, and the appendices. */
export function ContentStep() {
  return (
    <>
      <SectionsPanel />
      <AppendicesPanel />
    </>
  );
}
