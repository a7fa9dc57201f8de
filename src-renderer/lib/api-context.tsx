/**
 * The API client as a dependency: the app provides the real one (lib/api.ts), tests a fake.
 * Components reach main through `useApi()`, never by importing the transport.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '@shared/api/contract';

const ApiContext = createContext<ApiClient | null>(null);

/** Makes `client` the API of everything below. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The API client provided above. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}
