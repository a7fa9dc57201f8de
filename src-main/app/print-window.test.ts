import { runInNewContext } from 'node:vm';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { pdfTextString } from '../export/pdf/pdf-info';
import { newDraft } from '../shared/domain/new-draft';
import { defaultSettings } from '../shared/domain/settings-schema';
import { electronPdfRenderer, electronPrinter, PAGE_URL, printWindowOptions, renderCall, type PageRendered, type PrintWindowLike } from './print-window';
import { secureWebPreferences } from './security-settings';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

/** A one-page classic PDF as Chromium writes them: objects, a cross-reference table, a trailer. */
function minimalPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const layout = defaultSettings().layout;
/** A draft whose text tries to break out of a string literal and out of a script. */
function hostileDraft() {
  const draft = newDraft({ id: 'draft-print-window', now: '2025-03-01T08:00:00.000Z' });
  draft.title = 'Báo cáo"); globalThis.pwned = true; ("\u2028</script><script>globalThis.pwned = true</script>`${globalThis.pwned = true}`';
  draft.header.issuingAgency = "SỞ ' + (globalThis.pwned = true) + '";
  return draft;
}

interface FakeOptions {
  answer?: unknown;
  printResult?: [boolean, string];
  hang?: boolean;
}

/** A window that runs the code it is given against a fake page, like the real page would. */
function fakeWindows(options: FakeOptions = {}) {
  const created: Array<{ options: BrowserWindowConstructorOptions; window: PrintWindowLike & { calls: string[]; inputs: unknown[]; destroyed: boolean } }> = [];
  const createWindow = (windowOptions: BrowserWindowConstructorOptions) => {
    const calls: string[] = [];
    const inputs: unknown[] = [];
    const window = {
      calls,
      inputs,
      destroyed: false,
      loadURL: async (url: string) => {
        calls.push(`load ${url}`);
        if (options.hang) await new Promise(() => undefined);
      },
      destroy() {
        window.destroyed = true;
      },
      isDestroyed: () => window.destroyed,
      webContents: {
        executeJavaScript: async (code: string) => {
          calls.push('execute');
          const page = { pwned: false, setTimeout, window: {} as Record<string, unknown> };
          page.window.baocaoPage = {
            render: async (input: unknown) => {
              inputs.push(input);
              return options.answer ?? { pageCount: 2, title: 'Tiêu đề', author: 'SỞ' };
            },
          };
          const result = await (runInNewContext(code, page) as Promise<unknown>);
          if (page.pwned) throw new Error('the draft text ran as code');
          return result;
        },
        printToPDF: async (pdfOptions: PrintToPDFOptions) => {
          calls.push(`pdf ${JSON.stringify(pdfOptions)}`);
          return minimalPdf();
        },
        print: (printOptions: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => {
          calls.push(`print ${JSON.stringify(printOptions)}`);
          const [success, reason] = options.printResult ?? [true, ''];
          callback(success, reason);
        },
      },
    };
    created.push({ options: windowOptions, window });
    return window;
  };
  return { created, createWindow };
}

describe('the print window', () => {
  it('uses the production security settings with no preload, and stays hidden', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('preload');
    const production: Record<string, unknown> = { ...secureWebPreferences('/p.cjs', false) };
    delete production.preload;
    expect(options.webPreferences).toEqual({ ...production, backgroundThrottling: false });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
  });

  it('passes the draft as JSON only: hostile text arrives intact and never runs', async () => {
    const draft = hostileDraft();
    const fake = fakeWindows();
    await electronPdfRenderer({ createWindow: fake.createWindow, pageUrl: PAGE_URL })(draft, layout);
    const [{ window }] = fake.created as [(typeof fake.created)[number]];
    expect(window.inputs).toEqual([{ draft, layout }]);
    expect(renderCall({ draft, layout })).toContain(JSON.stringify({ draft, layout }));
    expect(window.calls[0]).toBe(`load ${PAGE_URL}`);
  });

  it('renders the PDF with the CSS page size, sets its Author from the page, and destroys the window', async () => {
    const fake = fakeWindows({ answer: { pageCount: 3, title: 'Kết quả năm 2025', author: 'SỞ NỘI VỤ' } });
    const bytes = await electronPdfRenderer({ createWindow: fake.createWindow, pageUrl: PAGE_URL })(hostileDraft(), layout);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain(`/Author ${pdfTextString('SỞ NỘI VỤ')}`);
    expect(text).toContain(`/Title ${pdfTextString('Kết quả năm 2025')}`);
    const { window } = fake.created[0] ?? {};
    expect(window?.calls.at(-1)).toBe(`pdf ${JSON.stringify({ preferCSSPageSize: true, printBackground: true })}`);
    expect(window?.destroyed).toBe(true);

    const finishPdf = vi.fn(async (pdf: Uint8Array, rendered: PageRendered) => new Uint8Array([...pdf.subarray(0, 4), rendered.pageCount]));
    const custom = await electronPdfRenderer({ createWindow: fakeWindows({ answer: { pageCount: 3, title: 'T', author: 'A' } }).createWindow, pageUrl: PAGE_URL, finishPdf })(hostileDraft(), layout);
    expect(custom).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46, 3]));
  });

  it('opens the system print dialog with the copies preset; a cancelled dialog is not an error', async () => {
    const printed = fakeWindows();
    expect(await electronPrinter({ createWindow: printed.createWindow, pageUrl: PAGE_URL })(hostileDraft(), layout, 7)).toEqual({ printed: true });
    expect(printed.created[0]?.window.calls.at(-1)).toBe(`print ${JSON.stringify({ silent: false, printBackground: true, copies: 7 })}`);
    expect(printed.created[0]?.window.destroyed).toBe(true);

    const cancelled = fakeWindows({ printResult: [false, 'cancelled'] });
    expect(await electronPrinter({ createWindow: cancelled.createWindow, pageUrl: PAGE_URL })(hostileDraft(), layout, 1)).toEqual({ printed: false });
    expect(cancelled.created[0]?.window.destroyed).toBe(true);

    const failed = fakeWindows({ printResult: [false, 'Print job failed'] });
    await expect(electronPrinter({ createWindow: failed.createWindow, pageUrl: PAGE_URL })(hostileDraft(), layout, 1)).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(failed.created[0]?.window.destroyed).toBe(true);
  });

  it('fails with a Vietnamese message and destroys the window when the page answers wrongly or never', async () => {
    const wrong = fakeWindows({ answer: { pages: 'two' } });
    await expect(electronPdfRenderer({ createWindow: wrong.createWindow, pageUrl: PAGE_URL })(hostileDraft(), layout)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Chưa dựng được trang in'),
    });
    expect(wrong.created[0]?.window.destroyed).toBe(true);

    const hung = fakeWindows({ hang: true });
    await expect(electronPdfRenderer({ createWindow: hung.createWindow, pageUrl: PAGE_URL, timeoutMs: 50 })(hostileDraft(), layout)).rejects.toMatchObject({
      message: expect.stringContaining('quá thời gian'),
    });
    expect(hung.created[0]?.window.destroyed).toBe(true);
  });
});
