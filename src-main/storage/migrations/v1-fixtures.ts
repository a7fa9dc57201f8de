/** Test support: the committed version 1 draft files, as version 1 wrote them (e2e fixtures at format 1). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawDraft } from './index';

/** Names of the version 1 files in `fixtures/`: a KT. block, a head signing alone, a TM. block with appendices. */
export const V1_FIXTURES = ['v1-seed-quang-tri', 'v1-seed-quang-ngai', 'v1-full-feature'] as const;

/** The exact bytes of a version 1 file. */
export function v1Bytes(name: string): Buffer {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', `${name}.json`));
}

/** A version 1 file parsed, a fresh copy each call. */
export function v1Fixture(name: string): RawDraft {
  return JSON.parse(v1Bytes(name).toString('utf8')) as RawDraft;
}
