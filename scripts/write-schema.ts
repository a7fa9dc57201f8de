/** Writes docs/draft.schema.json from the zod draft schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftJsonSchemaText } from './draft-json-schema';

const target = resolve(import.meta.dirname, '../docs/draft.schema.json');
writeFileSync(target, draftJsonSchemaText());
console.log(`wrote ${target}`);
