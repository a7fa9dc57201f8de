import { Packer } from 'docx';
import { writeFileSync } from 'node:fs';
import { buildDocx } from './src-main/export/docx/build-docx';
import { fullFeatureDraft } from './src-main/export/docx/test-drafts';
import { defaultSettings } from './src-main/shared/domain/settings-schema';
const { document, removedCharacters } = buildDocx(fullFeatureDraft(), defaultSettings().layout);
const buf = await Packer.toBuffer(document);
writeFileSync('/tmp/dx/full.docx', buf);
console.log(buf.length, removedCharacters);
