/** Registers every contract method on ipcMain through one guarded handler. */
import type { IpcMain } from 'electron';
import { METHOD_NAMES, type Handlers } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { fail } from '../shared/api/errors';
import { channelOf } from '../shared/api/method-names';
import type { SenderCheck } from './sender-check';

/** Registers one handler per contract method; returns the channels registered. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  onUnexpected: (error: unknown) => void,
): string[] {
  return METHOD_NAMES.map((method) => {
    const channel = channelOf(method);
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN', 'Yêu cầu bị từ chối');
      return dispatch(handlers, method, args, onUnexpected);
    });
    return channel;
  });
}
