/** Validates a call against the contract and runs its handler; both transports go through here. */
import { z } from 'zod';
import { contract, isMethodName, type Handlers, type MethodName } from './contract';
import { AppError, fail, ok, type ApiResult } from './errors';

/** A Vietnamese message naming the first invalid field of a zod error. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Dữ liệu không hợp lệ';
  const where = issue.path.length ? issue.path.join('.') : '(gốc)';
  return `Dữ liệu không hợp lệ ở trường "${where}": ${issue.message}`;
}

/** Runs `method` with `rawArgs` after validating them; never throws. */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawArgs: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) return fail('UNKNOWN_METHOD', 'Yêu cầu không được hỗ trợ');
  const parsed = contract[method].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return fail('INVALID_ARGUMENT', describeZodError(parsed.error));
  try {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    onUnexpected(error);
    return fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị thay đổi.');
  }
}

export type { MethodName };
