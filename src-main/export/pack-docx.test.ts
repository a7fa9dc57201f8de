import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './docx/build-docx';
import { fullFeatureDraft } from './docx/test-drafts';
import { layoutWith } from './docx/test-xml';
import { canCompileDirectly, packDocx } from './pack-docx';
import { unzipFiles } from './zip';

describe('packDocx', () => {
  it('calls docx’s compiler directly (a docx upgrade that hides it would make exports slower)', () => {
    expect(canCompileDirectly()).toBe(true);
  });

  it('gives the same parts, in the same order, as Packer.toBuffer', async () => {
    const { document } = buildDocx(fullFeatureDraft(), layoutWith());
    const ours = unzipFiles(await packDocx(document));
    const docx = unzipFiles(new Uint8Array(await Packer.toBuffer(buildDocx(fullFeatureDraft(), layoutWith()).document)));
    expect([...ours.keys()]).toEqual([...docx.keys()]);
    const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
    for (const [name, bytes] of docx) {
      // docProps/core.xml carries the creation time, which may tick between the two packs.
      if (name === 'docProps/core.xml') continue;
      expect(text(ours.get(name)), name).toBe(text(bytes));
    }
  });
});
