/** What every CLI command gets, and the shared way to open the services for one command. */
import { readFileSync } from 'node:fs';
import type { MethodArgs, MethodName, MethodResult } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { AppError } from '../shared/api/errors';
import { inProcessImporter } from '../import/docx/worker-runner';
import { openServices, noDialogs, type Services } from '../services/open-services';
import type { DialogPort } from '../services/handlers';
import { liveLockHolder } from '../storage/lock';
import { CliError, type CliIo } from './io';

/** Parsed command line of one command. */
export interface CommandContext {
  dataDir: string;
  /** Positional arguments after the command name. */
  args: string[];
  options: { format: string; out?: string | undefined; json: boolean; revision?: string | undefined; chromium?: string | undefined };
  io: CliIo;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Opens the services on the data folder for the duration of `run`, then closes them cleanly. */
export async function withServices<T>(dataDir: string, run: (services: Services) => Promise<T>, dialogs: DialogPort = noDialogs): Promise<T> {
  const services = await openServices({ dataDir, version: packageVersion(), transport: 'http', dialogs, docxImporter: inProcessImporter });
  try {
    return await run(services);
  } finally {
    services.dispose();
    await services.close();
  }
}

/**
 * Refuses a write that carries no version check while the app has the folder open: the app
 * would not see it and could write over it (storage/lock.ts). Exit code 3.
 */
export async function refuseWhileAppRuns(dataDir: string, what: string): Promise<void> {
  const holder = await liveLockHolder(dataDir);
  if (holder) {
    throw new CliError(
      `Ứng dụng Soạn Báo Cáo đang mở thư mục dữ liệu này (tiến trình ${holder.pid}) nên không ${what} từ dòng lệnh. ` +
        'Hãy làm việc này trong ứng dụng, hoặc đóng ứng dụng rồi chạy lại lệnh.',
      3,
    );
  }
}

/** The one required positional argument, or a usage error naming it. */
export function required(value: string | undefined, what: string): string {
  if (!value) throw new CliError(`Thiếu ${what}`, 2);
  return value;
}

/**
 * Calls an API method the way the app does: arguments validated by the contract (ids, numbers),
 * errors turned into AppError with the same Vietnamese message.
 */
export async function call<M extends MethodName>(services: Services, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  let unexpected: unknown;
  const result = await dispatch(services.handlers, method, args, (error) => (unexpected = error));
  if (result.ok) return result.value as MethodResult<M>;
  if (unexpected !== undefined) throw unexpected;
  throw new AppError(result.error.code, result.error.message);
}
