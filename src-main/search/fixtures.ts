/** Small hand-made drafts for the search tests. */
import type { Draft } from '../shared/domain/draft-schema';
import { plain } from '../shared/domain/inline-text';
import { newDraft } from '../shared/domain/new-draft';

/** What a test draft may set; everything else comes from newDraft. */
export interface TestDraftFields {
  id: string;
  title?: string;
  body?: string;
  issuingAgency?: string;
  parentAgency?: string;
  kinhGui?: string[];
  noiNhan?: string[];
  signer?: string;
  year?: number;
  status?: 'draft' | 'final';
  updatedAt?: string;
}

/** A valid draft with the given searchable texts; `body` becomes the opening paragraph. */
export function testDraft(fields: TestDraftFields): Draft {
  const updatedAt = fields.updatedAt ?? '2024-03-01T08:00:00.000Z';
  const draft = newDraft({ id: fields.id, now: updatedAt });
  return {
    ...draft,
    meta: { ...draft.meta, status: fields.status ?? 'draft' },
    header: {
      ...draft.header,
      issuingAgency: fields.issuingAgency ?? '',
      parentAgency: fields.parentAgency ?? '',
      date: { ...draft.header.date, year: fields.year ?? 2024 },
    },
    title: fields.title ?? '',
    kinhGui: fields.kinhGui ?? [],
    opening: [{ type: 'paragraph', content: plain(fields.body ?? '') }],
    noiNhan: { recipients: fields.noiNhan ?? [], archive: 'VT' },
    signer: { ...draft.signer, name: fields.signer ?? '' },
  };
}
