/** One line of the start screen, from either the plain list or a search hit. */
import type { DraftSummary, SearchHit } from '@shared/api/contract';

export interface ListItem {
  id: string;
  title: string;
  status: 'draft' | 'final';
  updatedAt: string;
  issuingAgency?: string;
  kyHieu?: string;
  /** The report's year (header date); known for search hits. */
  year?: number;
  /** Where a search matched: the field's name, an excerpt and the [start, end) matches in it. */
  match?: { field: string; snippet: string; highlights: [number, number][] };
}

export function fromSummary(summary: DraftSummary): ListItem {
  const { id, title, status, updatedAt, issuingAgency, kyHieu } = summary;
  return { id, title, status, updatedAt, issuingAgency, kyHieu };
}

export function fromHit(hit: SearchHit): ListItem {
  const { id, title, status, updatedAt, year, field, snippet, highlights } = hit;
  return { id, title, status, updatedAt, year, match: { field, snippet, highlights } };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Trích yếu',
  agencies: 'Cơ quan',
  recipients: 'Nơi nhận',
  signer: 'Người ký',
  body: 'Nội dung',
};

/** The Vietnamese name of a searched field. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? 'Nội dung';
}
