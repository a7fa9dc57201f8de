/**
 * docProps/core.xml of the exported DOCX: Word's "Title" is the trích yếu on one line and its
 * "Author" / "Last modified by" the issuing agency, as the PDF's Info says; a draft without them
 * writes none rather than a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { fullFeatureDraft } from './test-drafts';
import { buildParts, first, type XmlNode } from './test-xml';

const field = (core: XmlNode, name: string): string | undefined => first(core, name)?.text;

describe('core properties of the exported DOCX', () => {
  it('carry the trích yếu as the title and the issuing agency as the author', async () => {
    const draft = fullFeatureDraft({
      title: 'Kết quả công tác tuyên truyền cải cách hành chính\nnăm 2023 & phương hướng <2024>',
      header: { ...fullFeatureDraft().header, issuingAgency: 'ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA ĐÔNG' },
    });
    const core = (await buildParts(draft)).part('docProps/core.xml');
    expect(field(core, 'dc:title')).toBe('Kết quả công tác tuyên truyền cải cách hành chính năm 2023 & phương hướng <2024>');
    expect(field(core, 'dc:creator')).toBe('ỦY BAN NHÂN DÂN XÃ TÂN HÒA ĐÔNG');
    expect(field(core, 'cp:lastModifiedBy')).toBe('ỦY BAN NHÂN DÂN XÃ TÂN HÒA ĐÔNG');
  });

  it('leave out what the draft leaves blank, never a placeholder name', async () => {
    const draft = fullFeatureDraft({ title: '', header: { ...fullFeatureDraft().header, issuingAgency: '' } });
    const built = await buildParts(draft);
    const core = built.part('docProps/core.xml');
    expect(first(core, 'dc:title')).toBeUndefined();
    expect(first(core, 'dc:creator')).toBeUndefined();
    expect(first(core, 'cp:lastModifiedBy')).toBeUndefined();
    expect(built.xml.get('docProps/core.xml')).not.toContain('Un-named');
  });
});
