/** The report templates, loaded from main once per window and shared by "Tạo báo cáo mới" and the editor's guidance. */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Template } from '@shared/templates/template-schema';
import { useApi } from '../../lib/api-context';
import { useApiLoad, type LoadState } from '../../lib/use-api-load';

const TemplatesContext = createContext<LoadState<Template[]>>({ status: 'loading' });

/** Loads the templates for everything below. */
export function TemplatesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const load = useCallback(() => api.listTemplates({}), [api]);
  const { state } = useApiLoad(load);
  return <TemplatesContext.Provider value={state}>{children}</TemplatesContext.Provider>;
}

/** The templates as loaded (or loading, or why they could not be). */
export function useTemplates(): LoadState<Template[]> {
  return useContext(TemplatesContext);
}

/** The template with this id once loaded, or undefined. */
export function useTemplate(id: string): Template | undefined {
  const state = useTemplates();
  return state.status === 'loaded' ? state.value.find((template) => template.id === id) : undefined;
}
