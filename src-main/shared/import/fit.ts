/**
 * An imported draft brought within the model's limits (shared/domain/limits.ts) instead of being
 * refused: a text too long is cut at the limit, a list with too many items keeps the first ones,
 * and each cut is said in the report with the limit's own message. What no cut can fix (the
 * whole draft over its size limit) is left for the schema to refuse.
 */
import { DraftSchema, type Draft, type DraftInput } from '../domain/draft-schema';

type Container = Record<string | number, unknown>;

function at(root: unknown, path: readonly PropertyKey[]): { parent: Container; key: string | number } | null {
  let node = root as Container;
  for (let i = 0; i < path.length - 1; i++) {
    const next = node[path[i] as string | number];
    if (typeof next !== 'object' || next === null) return null;
    node = next as Container;
  }
  const key = path[path.length - 1];
  return key === undefined || typeof key === 'symbol' ? null : { parent: node, key };
}

/** The draft parsed, after cutting what is over a limit; `cuts` says what was cut (Vietnamese). */
export function fitDraft(input: DraftInput): { ok: true; draft: Draft; cuts: string[] } | { ok: false; message: string; cuts: string[] } {
  const cuts: string[] = [];
  const value = JSON.parse(JSON.stringify(input)) as DraftInput;
  for (let round = 0; round < 20; round++) {
    const parsed = DraftSchema.safeParse(value);
    if (parsed.success) return { ok: true, draft: parsed.data, cuts };
    let fixed = false;
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'too_big' || issue.path.length === 0) continue;
      const place = at(value, issue.path);
      const current = place?.parent[place.key];
      const max = Number(issue.maximum);
      if (!place || !Number.isFinite(max)) continue;
      if (typeof current === 'string') place.parent[place.key] = current.slice(0, max);
      else if (Array.isArray(current)) place.parent[place.key] = current.slice(0, max);
      else continue;
      cuts.push(`${issue.message}: phần vượt quá đã bị cắt bớt.`);
      fixed = true;
    }
    if (!fixed) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Bản thảo không hợp lệ', cuts };
  }
  return { ok: false, message: 'Bản thảo nhập vào vượt quá giới hạn của ứng dụng', cuts };
}
