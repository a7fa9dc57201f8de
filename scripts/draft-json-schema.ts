/** The JSON Schema text of a stored draft, generated from the zod schema. */
import { z } from 'zod';
import { DraftSchema } from '../src-main/shared/domain/draft-schema';

export function draftJsonSchemaText(): string {
  const schema = z.toJSONSchema(DraftSchema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  return `${JSON.stringify({ title: 'Soạn Báo Cáo draft', ...schema }, null, 2)}\n`;
}
