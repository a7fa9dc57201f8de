/**
 * Runs of running text: bold, italic and underline as tags, "\n" as a line break, "\t" as a tab
 * (kept by white-space: pre-wrap), footnotes as elements the paginator floats to the page foot.
 */
import type { PlanInline, PlanTextRun } from '../plan-types';
import { escapeHtml } from './escape';
import type { StyleRegistry } from './style-registry';
import { fontClass } from './text-html';

function runHtml(run: PlanTextRun): string {
  let html = run.text.split('\n').map(escapeHtml).join('<br>');
  if (!html) return '';
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

/**
 * A footnote: its text with its number in front. The paginator leaves a call where it stood and
 * moves it to the foot of the page that cites it; the call prints the plan's number (a rule per
 * number, as the call element is created by the paginator and can hold no text of ours).
 */
function footnoteHtml(styles: StyleRegistry, number: number, content: readonly PlanTextRun[], sizePt: number): string {
  const n = String(Math.trunc(number));
  styles.rule(`.bc-fn-n${n}[data-footnote-call]::after`, { content: `"${n}"` });
  const font = fontClass(styles, { sizePt, bold: false, italic: false });
  return `<span class="bc-fn bc-fn-n${n} ${font}"><sup class="bc-fn-mark">${n}</sup> ${content.map(runHtml).join('')}</span>`;
}

/** HTML of inline runs; footnote texts print at `footnoteSizePt`. */
export function inlinesHtml(styles: StyleRegistry, runs: readonly PlanInline[], footnoteSizePt: number): string {
  return runs.map((run) => (run.type === 'text' ? runHtml(run) : footnoteHtml(styles, run.number, run.content, footnoteSizePt))).join('');
}
