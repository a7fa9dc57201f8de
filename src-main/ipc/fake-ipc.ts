/** A stand-in for Electron's ipcMain (`on`/`removeListener`) and a sender, for tests. */
type Listener = (event: unknown, ...args: unknown[]) => void;

/** Records listeners by channel; `emit` delivers a message as if `senderFrame` had sent it. */
export function fakeIpcMain() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return this;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return this;
    },
    emit(channel: string, senderFrame: unknown, ...args: unknown[]) {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ senderFrame }, ...args);
    },
    count(channel: string): number {
      return listeners.get(channel)?.size ?? 0;
    },
    channels(): string[] {
      return [...listeners.keys()].filter((channel) => (listeners.get(channel)?.size ?? 0) > 0);
    },
  };
}
