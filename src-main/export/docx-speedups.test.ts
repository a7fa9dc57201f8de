import { NextAttributeComponent } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDocx } from './docx/build-docx';
import { fullFeatureDraft } from './docx/test-drafts';
import { layoutWith } from './docx/test-xml';
import { docxPrepForXml, fastPrepForXml, useFastAttributes } from './docx-speedups';
import { compileDocx } from './pack-docx';

describe('docx speed-ups', () => {
  afterEach(() => useFastAttributes(true));

  it('are on', () => {
    expect(NextAttributeComponent.prototype.prepForXml).toBe(fastPrepForXml);
  });

  it('give attributes exactly as docx does (order, undefined left out, repeated keys)', () => {
    const payloads = [
      {},
      { val: { key: 'w:val', value: 'NoiDung' } },
      { type: { key: 'w:type', value: 'dxa' }, size: { key: 'w:w', value: 1234 }, none: { key: 'w:x', value: undefined } },
      { a: { key: 'k', value: 1 }, b: { key: 'j', value: false }, c: { key: 'k', value: 3 }, d: { key: '__proto__', value: 4 } },
    ];
    for (const payload of payloads) {
      const component = new NextAttributeComponent(payload as never);
      const ours = fastPrepForXml.call(component, {}) as { _attr: object };
      const theirs = docxPrepForXml.call(component, {}) as { _attr: object };
      expect(Object.entries(ours._attr)).toEqual(Object.entries(theirs._attr));
      expect(ours).toEqual(theirs);
    }
  });

  it('write the same documents', () => {
    const draft = fullFeatureDraft();
    const parts = (fast: boolean) => {
      useFastAttributes(fast);
      return compileDocx(buildDocx(draft, layoutWith({ sizePreset: 13 })).document);
    };
    const fast = parts(true);
    const docx = parts(false);
    expect(fast && docx).toBeTruthy();
    expect([...(fast?.keys() ?? [])]).toEqual([...(docx?.keys() ?? [])]);
    for (const [name, data] of docx ?? []) if (name !== 'docProps/core.xml') expect(fast?.get(name), name).toEqual(data);
  });
});
