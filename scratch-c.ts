import { Packer } from 'docx';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocx } from './src-main/export/docx/build-docx';
import { DraftSchema } from './src-main/shared/domain/draft-schema';
import { defaultSettings } from './src-main/shared/domain/settings-schema';
for (const name of ['seed-quang-tri', 'seed-quang-ngai', 'full-feature']) {
  const draft = DraftSchema.parse(JSON.parse(readFileSync(`e2e/fixtures/drafts/${name}.json`, 'utf8')));
  const { document, removedCharacters } = buildDocx(draft, defaultSettings().layout);
  writeFileSync(`/tmp/dx/${name}.docx`, await Packer.toBuffer(document));
  console.log(name, removedCharacters);
}
