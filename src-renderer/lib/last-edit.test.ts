// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearLastEdit, placeOf, readLastEdit, writeLastEdit } from './last-edit';

beforeEach(() => window.localStorage.clear());

describe('where the clerk was', () => {
  it('resumes the draft being edited, and keeps each draft’s step and field after going back to the list', () => {
    writeLastEdit({ draftId: 'draft-a', step: 'content', field: 'sections.1.title' });
    writeLastEdit({ draftId: 'draft-b', step: 'closing', field: null });
    expect(readLastEdit()).toEqual({ draftId: 'draft-b', step: 'closing', field: null });
    clearLastEdit();
    expect(readLastEdit()).toBeNull();
    expect(placeOf('draft-a')).toEqual({ step: 'content', field: 'sections.1.title' });
    expect(placeOf('draft-b')).toEqual({ step: 'closing', field: null });
    expect(placeOf('draft-never-opened')).toBeNull();
  });

  it('forgets the drafts opened longest ago first, past 200', () => {
    for (let i = 0; i < 205; i++) writeLastEdit({ draftId: `d${i}`, step: 'signer', field: null });
    writeLastEdit({ draftId: 'd3', step: 'review', field: null });
    expect(placeOf('d0')).toBeNull();
    expect(placeOf('d5')).toBeNull();
    expect(placeOf('d6')).toEqual({ step: 'signer', field: null });
    expect(placeOf('d3')).toEqual({ step: 'review', field: null });
    expect(placeOf('d204')).toEqual({ step: 'signer', field: null });
  });

  it('reads a damaged or unknown stored value as nothing', () => {
    window.localStorage.setItem('baocao.lastEdit', '{"draftId":"x","step":"nowhere"}');
    window.localStorage.setItem('baocao.draftPlaces', '[["x",{"step":"content","field":7}],["y",null],"z"]');
    expect(readLastEdit()).toBeNull();
    expect(placeOf('x')).toEqual({ step: 'content', field: null });
    expect(placeOf('y')).toBeNull();
    window.localStorage.setItem('baocao.draftPlaces', 'not json');
    expect(placeOf('x')).toBeNull();
  });
});
