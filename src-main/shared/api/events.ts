/**
 * One-way events between main and the renderer, by direction: the payload schema of each.
 * Adding an event is one line here and its name in `method-names.ts`; the `satisfies` clauses
 * make the compiler refuse a name without a schema or a schema without a name.
 */
import { z } from 'zod';
import type { MainToRendererEvent, RendererToMainEvent, SendName, SubscribeName } from './method-names';

/**
 * Main to renderer. `beforeQuit`: commit pending edits now, then answer `quitReady`.
 * `filesOpened`: files the OS opened the app with while it ran (a double-click on a `.baocao`)
 * were imported or refused; the messages say which, and the draft list has changed.
 */
export const mainToRendererEvents = {
  beforeQuit: z.undefined(),
  filesOpened: z.object({ messages: z.array(z.string().max(2000)).max(100) }).strict(),
} satisfies Record<MainToRendererEvent, z.ZodType>;

/** Renderer to main, validated against these schemas after the sender check. `quitReady`: edits handed over. */
export const rendererToMainEvents = {
  quitReady: z.undefined(),
} satisfies Record<RendererToMainEvent, z.ZodType>;

export type MainEventPayload<K extends MainToRendererEvent> = z.infer<(typeof mainToRendererEvents)[K]>;
export type RendererEventPayload<K extends RendererToMainEvent> = z.infer<(typeof rendererToMainEvents)[K]>;

/** The payload argument of a call: optional when the event carries none. */
export type PayloadArgs<P> = undefined extends P ? [payload?: P] : [payload: P];

/** What the preload exposes as `window.baocaoEvents`: one subscribe or send function per event. */
export type EventBridge = {
  [K in MainToRendererEvent as SubscribeName<K>]: (listener: (payload: MainEventPayload<K>) => void) => () => void;
} & {
  [K in RendererToMainEvent as SendName<K>]: (...args: PayloadArgs<RendererEventPayload<K>>) => void;
};
