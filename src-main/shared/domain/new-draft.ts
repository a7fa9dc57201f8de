/** A new, empty report draft with sensible NĐ30 defaults. */
import { DRAFT_SCHEMA_VERSION, type Draft } from './draft-schema';

export interface NewDraftOptions {
  id: string;
  /** ISO time of creation. */
  now: string;
}

/** An empty draft dated in the month of `now`, number and day left blank for the văn thư. */
export function newDraft({ id, now }: NewDraftOptions): Draft {
  const at = new Date(now);
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: { id, createdAt: now, updatedAt: now, template: 'bao-cao', status: 'draft' },
    header: {
      parentAgency: '',
      issuingAgency: '',
      number: '',
      typeAbbr: 'BC',
      agencyAbbr: '',
      extraGroup: '',
      place: '',
      date: { day: null, month: at.getUTCMonth() + 1, year: at.getUTCFullYear() },
    },
    marks: { urgency: '', secrecy: '', circulation: '', draftMark: false, addressLine: '' },
    title: '',
    kinhGui: [],
    opening: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }],
    outlineStart: 'roman',
    partStyle: 'none',
    sections: [],
    closing: [{ type: 'text', text: '' }],
    appendices: [],
    noiNhan: { recipients: [], archive: '' },
    signer: { authority: [], title: '', name: '' },
    drafter: { code: '', copies: null },
  };
}
