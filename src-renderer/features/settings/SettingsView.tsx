import { BackupSettings } from './BackupSettings';
import { LayoutSettings } from './LayoutSettings';
import { ProfilesSettings } from './ProfilesSettings';
import { useSettings } from './use-settings';

/** "Cài đặt": layout preferences, agency profiles, backup and restore. */
export function SettingsView() {
  const { state, settings, save } = useSettings();
  return (
    <section className="settings" data-testid="settings-view">
      <h1>Cài đặt</h1>
      {state.status === 'loading' ? <p className="muted">Đang tải cài đặt…</p> : null}
      {state.status === 'failed' ? (
        <p className="error-text" role="alert">
          {state.message}
        </p>
      ) : null}
      {settings ? (
        <>
          <LayoutSettings layout={settings.layout} onSave={(layout) => save({ layout })} />
          <ProfilesSettings profiles={settings.profiles} onSave={(profiles) => save({ profiles })} />
        </>
      ) : null}
      <BackupSettings />
    </section>
  );
}
