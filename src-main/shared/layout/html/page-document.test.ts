/**
 * The page HTML of the fixtures: it prints exactly the plan's fixed lines, escapes every draft
 * string (markup typed by the clerk stays text), keeps draft text out of the CSS, and carries
 * the plan's page geometry and footnote numbers.
 */
import { describe, expect, it } from 'vitest';
import fullFeature from '../../../../e2e/fixtures/drafts/full-feature.json';
import longReport from '../../../../e2e/fixtures/drafts/long-report.json';
import seedQuangTri from '../../../../e2e/fixtures/drafts/seed-quang-tri.json';
import { withCanary } from '../../../export/pdf/test-pdf';
import { DraftSchema, type Draft } from '../../domain/draft-schema';
import { defaultSettings } from '../../domain/settings-schema';
import { fixedLines, planPages, type FixedLine, type FixedLineLabel, type PlanBlock } from '../index';
import { documentHtml, renderPageDocument } from './index';
import { StyleRegistry } from './style-registry';

const FIXTURES: Record<string, unknown> = { 'seed-quang-tri': seedQuangTri, 'full-feature': fullFeature, 'long-report': longReport };
const fixture = (name: string): Draft => DraftSchema.parse(FIXTURES[name]);
const layout = defaultSettings().layout;

const CLASS_LABELS: [string, FixedLineLabel][] = [
  ['bc-quoc-hieu', 'quoc-hieu'],
  ['bc-tieu-ngu', 'tieu-ngu'],
  ['bc-number', 'so'],
  ['bc-date', 'date'],
  ['bc-doc-type', 'doc-type'],
  ['bc-summary', 'title'],
  ['bc-heading', 'heading'],
  ['bc-authority', 'authority'],
  ['bc-signer-title', 'signer-title'],
  ['bc-signer-name', 'signer-name'],
  ['bc-appendix-label', 'appendix-label'],
  ['bc-appendix-title', 'appendix-title'],
  ['bc-appendix-reference', 'appendix-reference'],
];

const unescape = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The fixed lines the HTML prints, read off its paragraphs by class, in document order. */
function printedFixedLines(html: string): FixedLine[] {
  const out: FixedLine[] = [];
  // Kính gửi and Nơi nhận lines are paragraphs inside their own containers.
  const containers: [RegExp, (i: number) => FixedLineLabel][] = [
    [/<div class="bc-kinh-gui"[^>]*>(.*?)<\/div>/gs, () => 'kinh-gui'],
    [/<td class="bc-noi-nhan[^"]*">(.*?)<\/td>/gs, (i) => (i === 0 ? 'noi-nhan-label' : 'noi-nhan')],
  ];
  const marks: { at: number; lines: FixedLine[] }[] = [];
  for (const [container, label] of containers) {
    for (const m of html.matchAll(container)) {
      const paragraphs = [...(m[1] ?? '').matchAll(/<p [^>]*>(.*?)<\/p>/gs)];
      marks.push({ at: m.index ?? 0, lines: paragraphs.flatMap((p, i) => (p[1] ?? '').split('<br>').map((t) => ({ label: label(i), text: unescape(t) }))) });
    }
  }
  for (const m of html.matchAll(/<p class="([^"]*)"[^>]*>(.*?)<\/p>/gs)) {
    const classes = (m[1] ?? '').split(' ');
    const label = CLASS_LABELS.find(([cls]) => classes.includes(cls))?.[1];
    if (label) marks.push({ at: m.index ?? 0, lines: (m[2] ?? '').split('<br>').map((t) => ({ label, text: unescape(t) })) });
  }
  marks.sort((a, b) => a.at - b.at);
  for (const mark of marks) out.push(...mark.lines);
  return out;
}

const footnoteNumbers = (blocks: readonly PlanBlock[]): number[] =>
  blocks.flatMap((b) => {
    const runs = b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flat())) : b.kind === 'heading' ? [] : b.runs;
    return runs.flatMap((r) => (r.type === 'footnote' ? [r.number] : []));
  });

describe.each(['seed-quang-tri', 'full-feature', 'long-report'])('%s', (name) => {
  const plan = planPages(fixture(name), layout);
  const doc = renderPageDocument(plan);
  const html = documentHtml(doc);

  it('prints exactly the fixed lines of the plan, in order', () => {
    const expected = fixedLines(plan);
    expect(expected.length).toBeGreaterThan(10);
    expect(printedFixedLines(html)).toEqual(expected);
  });

  it('keys every part once, each a single element carrying its key', () => {
    const parts = doc.groups.flatMap((g) => g.parts);
    expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
    for (const part of parts) expect(part.html).toMatch(new RegExp(`^<[a-z]+ [^>]*data-part="${part.key}"`));
  });

  it('gives each page group its named page with the plan size and margins, landscape where asked', () => {
    const pt = (twips: number) => `${Math.round((twips / 20) * 100) / 100}pt`;
    doc.groups.forEach((group, i) => {
      const page = i === 0 ? plan.page : plan.appendices[i - 1]?.page;
      if (!page) throw new Error('group without a page');
      const { margins } = page;
      expect(doc.pageCss).toContain(`@page ${group.pageName}{size:${pt(page.width)} ${pt(page.height)};margin:${pt(margins.top)} ${pt(margins.right)} ${pt(margins.bottom)} ${pt(margins.left)}}`);
      expect(page.width > page.height).toBe(page.orientation === 'landscape');
    });
    expect(doc.groups).toHaveLength(plan.appendices.length + 1);
  });

  it('numbers each footnote call with the plan number', () => {
    const numbers = [...footnoteNumbers(plan.content), ...plan.appendices.flatMap((a) => footnoteNumbers(a.blocks))];
    for (const n of numbers) expect(doc.styleCss).toContain(`.bc-fn-n${n}[data-footnote-call]::after{content:"${n}"}`);
    expect(html.match(/class="bc-fn /g) ?? []).toHaveLength(numbers.length);
  });

  it('takes its title and author from the plan', () => {
    expect(doc.title).toBe(plan.documentTitle);
    expect(doc.author).toBe(plan.header.issuingAgency.lines.join(' '));
  });
});

describe('markup typed into the draft', () => {
  const poisoned = withCanary(fixture('full-feature'), DraftSchema);
  const doc = renderPageDocument(planPages(poisoned, layout));
  const html = documentHtml(doc) + (doc.firstPageFooter ?? '');

  it('is escaped everywhere: no tag or attribute of the draft reaches the HTML', () => {
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html.split('&lt;script&gt;window.__pwned=1&lt;/script&gt;').length - 1).toBeGreaterThan(20);
  });

  it('never reaches the CSS', () => {
    for (const css of [doc.pageCss, doc.styleCss]) {
      expect(css).not.toContain('pwned');
      expect(css).not.toContain('<');
    }
  });
});

describe('StyleRegistry', () => {
  it('names a class by its declarations: the same ones give the same class in any render', () => {
    const a = new StyleRegistry();
    const b = new StyleRegistry();
    const one = a.cls({ width: '10pt', 'font-size': '14pt' });
    expect(b.cls({ 'font-size': '14pt', width: '10pt' })).toBe(one);
    expect(a.cls({ width: '11pt', 'font-size': '14pt' })).not.toBe(one);
    expect(a.cls({})).toBe('');
    expect(a.css()).toContain(`.${one}{font-size:14pt;width:10pt}`);
  });
});
