/**
 * For component tests (happy-dom): a fake API client and a draft rendered inside the editor's
 * providers. Not part of the app bundle: only tests import it.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { METHOD_NAMES, type ApiClient } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import { ApiProvider } from '../../lib/api-context';
import { mainThreadChecker } from '../checks/checker';
import { FindingsProvider } from '../checks/use-findings';
import { TemplatesProvider } from '../templates/templates-context';
import { EditorStoreProvider } from './store/context';
import { initialEditorState, type StepId } from './store/editor-state';
import { createEditorStore, type EditorStore } from './store/store';
import { UndoToastProvider } from './undo-toast';

/** An API client whose every method fails unless given; the calls are recorded. */
export function fakeApi(methods: Partial<ApiClient> = {}): ApiClient & { calls: Array<{ method: string; args: unknown }> } {
  const calls: Array<{ method: string; args: unknown }> = [];
  const client: Record<string, unknown> = { calls };
  for (const name of METHOD_NAMES) {
    const given = methods[name] as ((args: unknown) => Promise<unknown>) | undefined;
    client[name] = (args: unknown) => {
      calls.push({ method: name, args });
      return given ? given(args) : Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: `${name} not faked` } });
    };
  }
  return client as ApiClient & { calls: Array<{ method: string; args: unknown }> };
}

export interface Mounted {
  container: HTMLElement;
  store: EditorStore;
  unmount(): void;
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders `ui` with `draft` in a fresh store, the API and the editor's providers around it. */
export function mountEditor(ui: ReactNode, draft: Draft, options: { api?: ApiClient; step?: StepId } = {}): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const store = createEditorStore(initialEditorState(draft, options.step));
  const checker = mainThreadChecker();
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(
      <ApiProvider client={options.api ?? fakeApi()}>
        <TemplatesProvider>
          <EditorStoreProvider store={store}>
            <FindingsProvider checker={checker}>
              <UndoToastProvider>{ui}</UndoToastProvider>
            </FindingsProvider>
          </EditorStoreProvider>
        </TemplatesProvider>
      </ApiProvider>,
    );
  });
  return {
    container,
    store,
    unmount() {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Sets the value of a controlled input as typing does, so React sees the change. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A key press on `element`. */
export function press(element: Element, key: string, mods: { alt?: boolean; ctrl?: boolean; shift?: boolean } = {}): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, altKey: mods.alt ?? false, ctrlKey: mods.ctrl ?? false, shiftKey: mods.shift ?? false }));
  });
}

/** A click on `element`. */
export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    (element as HTMLElement).click();
  });
}

/** The element with this test id inside `root`, or throws. */
export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

/** Lets pending promises (a check's answer, an API reply) land and React render them. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
