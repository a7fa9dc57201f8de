/**
 * The only module that reaches main: through the preload bridge in Electron, or through the
 * loopback HTTP transport (`POST /api/<method>`) when the renderer runs in a plain browser.
 */
import { METHOD_NAMES, type ApiClient, type MethodName } from '@shared/api/contract';
import { fail, type ApiResult } from '@shared/api/errors';
import type { Bridge } from './bridge-types';

type Call = (method: MethodName, args: unknown) => Promise<ApiResult<unknown>>;

const OFFLINE_MESSAGE = 'Không kết nối được với máy chủ nội bộ';

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown; message?: unknown } | null;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function viaBridge(bridge: Bridge): Call {
  return async (method, args) => {
    try {
      const result: unknown = await bridge[method](args);
      return isApiResult(result) ? result : fail('INTERNAL', 'Phản hồi không hợp lệ từ ứng dụng');
    } catch {
      return fail('IO_ERROR', 'Không liên lạc được với tiến trình chính của ứng dụng');
    }
  };
}

function viaHttp(): Call {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return fail('IO_ERROR', OFFLINE_MESSAGE);
    }
    try {
      const result: unknown = await response.json();
      return isApiResult(result) ? result : fail('IO_ERROR', OFFLINE_MESSAGE);
    } catch {
      return fail('IO_ERROR', OFFLINE_MESSAGE);
    }
  };
}

function buildClient(call: Call): ApiClient {
  const client: Partial<Record<MethodName, (args: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const method of METHOD_NAMES) client[method] = (args) => call(method, args);
  return client as ApiClient;
}

/** Which transport this window uses; the bridge wins when the preload exposed it. */
export const transport: 'ipc' | 'http' = window.baocao ? 'ipc' : 'http';

/** The typed API: one method per contract entry; failures come back as `{ ok: false, error }`. */
export const api: ApiClient = buildClient(window.baocao ? viaBridge(window.baocao) : viaHttp());

/**
 * Runs `listener` with the notices of files the OS opened the running app with (already imported
 * or refused in main). Over HTTP no file is ever opened that way, so it is a no-op.
 */
export function onFilesOpened(listener: (messages: string[]) => void): () => void {
  const events = window.baocaoEvents;
  if (!window.baocao || !events) return () => {};
  return events.onFilesOpened((payload) => listener(payload.messages));
}

/**
 * Runs `flush` when the app is about to quit, then tells main the edits are handed over (even when
 * `flush` failed: its failures stay visible in the UI). Over HTTP nothing quits, so it is a no-op.
 * Returns the unsubscribe function.
 */
export function onBeforeQuit(flush: () => Promise<void> | void): () => void {
  const events = window.baocaoEvents;
  if (!window.baocao || !events) return () => {};
  return events.onBeforeQuit(() => {
    void Promise.resolve()
      .then(flush)
      .catch(() => undefined)
      .finally(() => events.sendQuitReady());
  });
}
