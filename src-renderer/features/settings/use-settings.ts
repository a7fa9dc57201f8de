/** The settings as main stores them, and a save that answers with main's message on refusal. */
import { useCallback, useState } from 'react';
import { fail, type ApiResult } from '@shared/api/errors';
import type { Settings } from '@shared/domain/settings-schema';
import { api } from '../../lib/api';
import { useApiLoad, type LoadState } from '../../lib/use-api-load';

export interface SettingsHandle {
  state: LoadState<Settings>;
  /** The stored settings once loaded. */
  settings: Settings | null;
  /** Stores the settings with `patch` applied; main's answer: what it stored, or why it refused. */
  save: (patch: Partial<Settings>) => Promise<ApiResult<Settings>>;
}

export function useSettings(): SettingsHandle {
  const load = useCallback(() => api.getSettings({}), []);
  const { state } = useApiLoad(load);
  const [stored, setStored] = useState<Settings | null>(null);
  const settings = stored ?? (state.status === 'loaded' ? state.value : null);
  const save = useCallback(
    async (patch: Partial<Settings>) => {
      if (!settings) return fail('INTERNAL', 'Chưa tải được cài đặt.');
      const result = await api.saveSettings({ settings: { ...settings, ...patch } });
      if (result.ok) setStored(result.value);
      return result;
    },
    [settings],
  );
  return { state, settings, save };
}
