/**
 * One hot spot of docx 9.15, replaced by an equivalent: NextAttributeComponent (the attributes of
 * w:pStyle, w:tcW, w:jc, … — thousands in a long report) built its attribute object by spreading
 * the object so far once per attribute, through a Babel helper: about 12 ms of the ~90 ms docx
 * takes to write a 100-page report, more in a fresh process. This writes the same object — the
 * same keys in the same order, undefined values left out, a repeated key keeping its first place
 * and its last value — in one loop. docx-speedups.test.ts compares both on whole documents.
 * Loaded by pack-docx.ts, before any document is written.
 */
import { NextAttributeComponent } from 'docx';

type PrepForXml = (this: unknown, context: unknown) => unknown;
type Payload = Record<string, { key: string; value: unknown } | undefined>;

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };

/** docx's own implementation, for the tests. */
export const docxPrepForXml: PrepForXml = prototype.prepForXml;

/** The same result as docx's, without an object copy per attribute. */
export const fastPrepForXml: PrepForXml = function (this: unknown) {
  const attributes: Record<string, unknown> = {};
  for (const entry of Object.values((this as { root: Payload }).root)) {
    if (entry === undefined || entry.value === undefined) continue;
    // A computed key in an object literal (docx's way) defines "__proto__" as a plain property.
    if (entry.key === '__proto__') Object.defineProperty(attributes, entry.key, { value: entry.value, enumerable: true, writable: true, configurable: true });
    else attributes[entry.key] = entry.value;
  }
  return { _attr: attributes };
};

/** Switches between the two (tests); the fast one is on from the start. */
export function useFastAttributes(on: boolean): void {
  prototype.prepForXml = on ? fastPrepForXml : docxPrepForXml;
}

useFastAttributes(true);
