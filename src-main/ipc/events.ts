/** One-way events over IPC: sends to the renderer are validated, listeners sit behind the sender check. */
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import {
  mainToRendererEvents,
  rendererToMainEvents,
  type MainEventPayload,
  type PayloadArgs,
  type RendererEventPayload,
} from '../shared/api/events';
import { eventChannelOf, type MainToRendererEvent, type RendererToMainEvent } from '../shared/api/method-names';
import type { SenderCheck } from './sender-check';

export interface EventBus {
  /** Runs `listener` for each `name` event from a trusted sender with a valid payload; returns the unsubscribe. */
  on<K extends RendererToMainEvent>(name: K, listener: (payload: RendererEventPayload<K>) => void): () => void;
  /** Sends `name` to a renderer; a payload that breaks the event's schema throws here, in main. */
  send<K extends MainToRendererEvent>(target: Pick<WebContents, 'send'>, name: K, ...args: PayloadArgs<MainEventPayload<K>>): void;
}

/** The event bus over `ipc`; refused messages (untrusted sender, bad payload) go to `onRefused`. */
export function createEventBus(
  ipc: Pick<IpcMain, 'on' | 'removeListener'>,
  isTrustedSender: SenderCheck,
  onRefused: (reason: string) => void,
): EventBus {
  return {
    on(name, listener) {
      const channel = eventChannelOf(name);
      const schema = rendererToMainEvents[name];
      const wrapped = (event: IpcMainEvent, ...args: unknown[]): void => {
        if (!isTrustedSender(event)) return onRefused(`${name}: untrusted sender`);
        if (args.length > 1) return onRefused(`${name}: more than one argument`);
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) return onRefused(`${name}: invalid payload`);
        listener(parsed.data as RendererEventPayload<typeof name>);
      };
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    },
    send(target, name, ...args) {
      target.send(eventChannelOf(name), mainToRendererEvents[name].parse(args[0]));
    },
  };
}
