/** The few parts of Paged.js 0.4.3 (no types of its own) that the paginator uses. */
declare module 'pagedjs' {
  export interface PagedPage {
    element: HTMLElement;
    area: HTMLElement;
    /** Stops the page's size watchers (they reflow only while a run lasts). */
    removeListeners(): void;
  }

  export class Polisher {
    constructor(setup?: boolean);
    inserted: { remove(): void }[];
    styleSheet: CSSStyleSheet;
    setup(): CSSStyleSheet;
    insert(text: string): unknown;
    destroy(): void;
  }

  export interface Queue {
    tick: (callback: () => void) => unknown;
  }

  export class Chunker {
    q: Queue;
    pages: PagedPage[];
    total: number;
    source: DocumentFragment;
  }

  export interface Flow {
    total: number;
    pages: PagedPage[];
  }

  export class Previewer {
    constructor(options?: Record<string, unknown>);
    polisher: Polisher;
    chunker: Chunker;
    preview(content: DocumentFragment, stylesheets: Record<string, string>[], renderTo: HTMLElement): Promise<Flow>;
  }

  export class Handler {
    constructor(chunker: Chunker, polisher: Polisher, caller: unknown);
    chunker: Chunker;
    polisher: Polisher;
  }

  export function registerHandlers(...handlers: (new (chunker: Chunker, polisher: Polisher, caller: unknown) => Handler)[]): void;
}
