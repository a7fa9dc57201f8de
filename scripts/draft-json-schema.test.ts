import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftJsonSchemaText } from './draft-json-schema';

describe('docs/draft.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing the model)', () => {
    const checkedIn = readFileSync(resolve(import.meta.dirname, '../docs/draft.schema.json'), 'utf8');
    expect(checkedIn).toBe(draftJsonSchemaText());
  });
});
