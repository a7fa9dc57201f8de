/** Which step of the guide holds each part of the draft (where a jump or an undo goes). */
import type { FieldPath } from '@shared/domain/checks';
import type { StepId } from './editor-state';

/** The step holding the field at `path` (where a check's finding jumps to). */
export function stepOfField(path: FieldPath): StepId {
  const [head] = path;
  switch (head) {
    case 'header':
    case 'marks':
      return 'header';
    case 'title':
    case 'kinhGui':
    case 'opening':
      return 'opening';
    case 'sections':
    case 'appendices':
    case 'outlineStart':
    case 'partStyle':
      return 'content';
    case 'closing':
    case 'noiNhan':
    case 'drafter':
      return 'closing';
    case 'signer':
      return 'signer';
    default:
      return 'review';
  }
}
