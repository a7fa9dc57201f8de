/** The globals the Electron preload exposes; absent in a plain browser (the loopback HTTP transport). */
import type { MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';

/** One function per contract method, each resolving to an ApiResult. */
export type Bridge = Record<MethodName, (args: unknown) => Promise<ApiResult<unknown>>>;

/** Lifecycle events from main; each subscription returns its unsubscribe function. */
export interface BridgeEvents {
  /** Main waits for the returned promise (bounded) before it quits. */
  onBeforeQuit(callback: () => Promise<void> | void): () => void;
}

declare global {
  interface Window {
    baocao?: Bridge;
    baocaoEvents?: BridgeEvents;
  }
}
