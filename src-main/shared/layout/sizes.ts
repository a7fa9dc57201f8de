/**
 * Font sizes of every component for the two coherent size sets of docs/layout-rules.md §2.
 * Sizes fixed by NĐ30 (Số 13, "Nơi nhận:" 12, list and ô 12 at 11, "Phụ lục" 14) are the same in both.
 */
import type { Layout } from '../domain/settings-schema';

/** Sizes in points. */
export interface SizeSet {
  quocHieu: number;
  tieuNgu: number;
  parentAgency: number;
  issuingAgency: number;
  soKyHieu: number;
  dateLine: number;
  docType: number;
  title: number;
  kinhGui: number;
  body: number;
  signer: number;
  signerName: number;
  noiNhanLabel: number;
  noiNhan: number;
  drafter: number;
  pageNumber: number;
  appendixLabel: number;
  appendixTitle: number;
  appendixRef: number;
  addressLine: number;
  /** Our choice inside the suggested 10–12 (docs/layout-rules.md §15). */
  footnote: number;
  /** Our choice: one point below the body so wide tables stay readable. */
  table: number;
  /** Urgency, secrecy, circulation and draft marks (13–14 pt). */
  mark: number;
}

const PRESET_14: SizeSet = {
  quocHieu: 13, tieuNgu: 14, parentAgency: 13, issuingAgency: 13, soKyHieu: 13, dateLine: 14,
  docType: 14, title: 14, kinhGui: 14, body: 14, signer: 14, signerName: 14,
  noiNhanLabel: 12, noiNhan: 11, drafter: 11, pageNumber: 14,
  appendixLabel: 14, appendixTitle: 14, appendixRef: 14, addressLine: 11,
  footnote: 12, table: 13, mark: 13,
};

const PRESET_13: SizeSet = {
  quocHieu: 12, tieuNgu: 13, parentAgency: 12, issuingAgency: 12, soKyHieu: 13, dateLine: 13,
  docType: 13, title: 13, kinhGui: 13, body: 13, signer: 13, signerName: 13,
  noiNhanLabel: 12, noiNhan: 11, drafter: 11, pageNumber: 13,
  appendixLabel: 14, appendixTitle: 13, appendixRef: 13, addressLine: 11,
  footnote: 11, table: 12, mark: 13,
};

/** The size set of a preset: 14 ("large") or 13 ("small"). */
export function sizesFor(preset: Layout['sizePreset']): SizeSet {
  return preset === 13 ? PRESET_13 : PRESET_14;
}
