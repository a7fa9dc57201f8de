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

const UNEXPECTED = 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị thay đổi.';

/**
 * Runs `method` with `rawArgs` after validating them (no arguments at all count as `{}`; null
 * does not); never throws and never rejects. Validation
 * sits inside the same guard as the handler: hostile arguments (deep nesting that overflows the
 * stack, getters that throw) come back as error values like any other failure.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawArgs: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  let name: MethodName;
  let args: unknown;
  try {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', 'Yêu cầu không được hỗ trợ');
    name = method;
    const parsed = contract[name].args.safeParse(rawArgs === undefined ? {} : rawArgs);
    if (!parsed.success) return fail('INVALID_ARGUMENT', describeZodError(parsed.error));
    args = parsed.data;
  } catch {
    // Validation itself failed: a stack overflow on input nested deeper than anything we accept,
    // or a value whose getters throw. Either way the caller sent something we do not take; it
    // is not a fault of ours, so it is not reported as one.
    return fail('INVALID_ARGUMENT', 'Dữ liệu gửi lên không hợp lệ (lồng nhau quá sâu hoặc không đọc được)');
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return ok(await handler(args));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    reportSafely(onUnexpected, error);
    return fail('INTERNAL', UNEXPECTED);
  }
}

function reportSafely(onUnexpected: (error: unknown) => void, error: unknown): void {
  try {
    onUnexpected(error);
  } catch {
    // A failing logger must not turn an error value into an exception.
  }
}

export type { MethodName };
