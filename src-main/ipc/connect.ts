/** Wires the contract and the one-way events to Electron's ipcMain, behind one sender check. */
import { ipcMain } from 'electron';
import type { Handlers } from '../shared/api/contract';
import { createEventBus, type EventBus } from './events';
import { registerIpcHandlers } from './handle';
import type { SenderCheck } from './sender-check';

/** Registers every contract method and returns the event bus; the only use of the real ipcMain. */
export function connectIpc(handlers: Handlers, isTrustedSender: SenderCheck, onUnexpected: (error: unknown) => void): EventBus {
  registerIpcHandlers(ipcMain, handlers, isTrustedSender, onUnexpected);
  return createEventBus(ipcMain, isTrustedSender, (reason) => onUnexpected(new Error(`IPC event refused: ${reason}`)));
}
