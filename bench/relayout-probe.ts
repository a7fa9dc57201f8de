/**
 * The in-page timing of a re-layout, for bench/editor.ts and bench/pdf.ts: a timer that runs
 * whenever the page's main thread (a same-origin frame's too) is free, so its longest gap is the
 * longest task meanwhile (how long a key pressed during the layout could wait), and the time
 * until `preview` (an expression naming the page's `baocaoPreview`) has settled.
 * Returned as source text for page.evaluate: tsx would wrap a function in a helper the page
 * does not have.
 */
export interface Relayout {
  total: number;
  longest: number;
  pageCount: number;
}

export function relayoutProbe(preview: string): string {
  return `(async () => {
  let longest = 0;
  let last = performance.now();
  let done = false;
  const ping = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (!done) setTimeout(ping, 0);
  };
  setTimeout(ping, 0);
  const started = performance.now();
  const { pageCount } = await (${preview}).settled();
  done = true;
  return { total: performance.now() - started, longest, pageCount };
})()`;
}
