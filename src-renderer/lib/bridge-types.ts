/** The globals the Electron preload exposes; absent in a plain browser (the loopback HTTP transport). */
import type { MethodName } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import type { EventBridge } from '@shared/api/events';

/** One function per contract method, each resolving to an ApiResult. */
export type Bridge = Record<MethodName, (args: unknown) => Promise<ApiResult<unknown>>>;

/** One-way events: `on<Event>` subscribes to main (returns the unsubscribe), `send<Event>` tells main. */
export type BridgeEvents = EventBridge;

declare global {
  interface Window {
    baocao?: Bridge;
    baocaoEvents?: BridgeEvents;
  }
}
