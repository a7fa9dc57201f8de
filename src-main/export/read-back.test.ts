import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertWellFormedXml, DocxVerifyError, verifyDocx } from './read-back';

const minimal = (document: string): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/styles.xml': strToU8('<w:styles xmlns:w="urn:w"/>'),
    'word/document.xml': strToU8(document),
  });

describe('verifyDocx', () => {
  it('accepts a well-formed package', () => {
    expect(verifyDocx(minimal('<w:document xmlns:w="urn:w"><w:body></w:body></w:document>')).size).toBe(4);
  });

  it.each([
    ['an XML-forbidden character', '<w:document xmlns:w="urn:w"><w:body><w:t>a\u0001b</w:t></w:body></w:document>'],
    ['U+FFFE', '<w:document xmlns:w="urn:w"><w:body><w:t>a\uFFFEb</w:t></w:body></w:document>'],
    ['a broken tag', '<w:document xmlns:w="urn:w"><w:body></w:document>'],
    ['an unbound prefix', '<w:document><w:body></w:body></w:document>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => verifyDocx(minimal(xml))).toThrow(DocxVerifyError);
  });

  it('rejects a missing part and a non-zip', () => {
    expect(() => verifyDocx(zipSync({ 'word/document.xml': strToU8('<a/>') }))).toThrow(/missing part/);
    expect(() => verifyDocx(strToU8('hello'))).toThrow(DocxVerifyError);
  });

  it('checks single parts', () => {
    expect(() => assertWellFormedXml('<a><b/></a>', 'x.xml')).not.toThrow();
    expect(() => assertWellFormedXml('<a>', 'x.xml')).toThrow(/x\.xml/);
  });
});
