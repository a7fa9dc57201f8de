/** Services on a temp data folder with recording fakes for the PDF renderer, the printer and the shell. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiError } from '../../shared/api/errors';
import type { Draft } from '../../shared/domain/draft-schema';
import type { Layout } from '../../shared/domain/settings-schema';
import { removeDir, sampleDraft, tempDir } from '../../storage/test-support';
import { folderDialogs, openServices, type Services } from '../open-services';
import type { DialogPort, DraftPrinter, PdfRenderer } from '../handler-deps';

export interface OutputKit {
  services: Services;
  dataDir: string;
  exportDir: string;
  /** Every draft and layout the PDF renderer was given. */
  rendered: Array<{ draft: Draft; layout: Layout }>;
  printed: Array<{ draft: Draft; copies: number }>;
  opened: { files: string[]; folders: string[] };
  /** Makes the next renderings fail (a missing Chromium, a crash). */
  failRendering(fail: boolean): void;
  call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  failure(method: MethodName, args: unknown): Promise<ApiError>;
  close(): Promise<void>;
}

/** The bytes the fake renderer answers for a draft: a PDF header, the title and binary noise. */
export function fakePdfBytes(draft: Draft): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.7\n% ${draft.title}\n`);
  const noise = Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + draft.title.length) % 256);
  return new Uint8Array([...head, ...noise]);
}

/** A draft with Kính gửi, Nơi nhận and a signer, stored under `id`. */
export function outputDraft(id: string, title = 'Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023'): Draft {
  const draft = sampleDraft(id, title);
  draft.header.number = '15';
  draft.header.place = 'Quảng Trị';
  draft.header.date = { day: 5, month: 11, year: 2023 };
  draft.kinhGui = ['Ủy ban nhân dân tỉnh Quảng Trị'];
  draft.noiNhan = { recipients: ['Như trên', 'Sở Nội vụ'], archive: 'VP' };
  return draft;
}

export interface KitOptions {
  printer?: boolean;
  opens?: boolean;
  dialogs?: (exportDir: string) => DialogPort;
}

/** Opens the services with the fakes; `close()` removes everything. */
export async function openOutputKit(options: KitOptions = {}): Promise<OutputKit> {
  const root = await tempDir('baocao-output-');
  const dataDir = join(root, 'data');
  const exportDir = join(root, 'exports');
  await mkdir(exportDir);
  const rendered: OutputKit['rendered'] = [];
  const printed: OutputKit['printed'] = [];
  const opened = { files: [] as string[], folders: [] as string[] };
  let failing = false;
  const renderPdf: PdfRenderer = async (draft, layout) => {
    if (failing) throw new Error('chromium crashed');
    rendered.push({ draft, layout });
    return fakePdfBytes(draft);
  };
  const printer: DraftPrinter = async (draft, _layout, copies) => {
    printed.push({ draft, copies });
    return { printed: true };
  };
  let t = Date.parse('2025-03-10T09:00:00.000Z');
  const services = await openServices({
    dataDir,
    version: 'test',
    transport: options.printer ? 'ipc' : 'http',
    dialogs: (options.dialogs ?? folderDialogs)(exportDir),
    clock: () => new Date((t += 1000)),
    renderPdf,
    ...(options.printer ? { printer } : {}),
    open: {
      openFile: async (path) => {
        opened.files.push(path);
        return options.opens ?? false;
      },
      openFolder: async (path) => {
        opened.folders.push(path);
        return options.opens ?? false;
      },
    },
  });
  // An unexpected error is kept so `call` can rethrow it; `failure` sees the INTERNAL value.
  let unexpected: unknown;
  const run = (method: MethodName, args: unknown) =>
    dispatch(services.handlers, method, args, (error) => {
      unexpected = error;
    });
  return {
    services,
    dataDir,
    exportDir,
    rendered,
    printed,
    opened,
    failRendering: (fail) => void (failing = fail),
    async call(method, args) {
      unexpected = undefined;
      const result = await run(method, args);
      if (unexpected !== undefined) throw unexpected;
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as MethodResult<typeof method>;
    },
    async failure(method, args) {
      const result = await run(method, args);
      if (result.ok) throw new Error(`${method} was expected to fail`);
      return result.error;
    },
    async close() {
      services.dispose();
      await services.close();
      await removeDir(root);
    },
  };
}
