/** The states of one "Nhập từ Word": reading the file, waiting for main, the report or the refusal. */
import { useCallback, useState } from 'react';
import type { MethodResult } from '@shared/api/contract';
import type { Draft } from '@shared/domain/draft-schema';
import { forNewPeriod } from '@shared/import/new-period';
import { useApi } from '../../lib/api-context';
import { readDocxFile } from './read-docx';
import { saveReviewFigures } from './review-flags';

export type Imported = MethodResult<'importDocx'> & { fileName: string };

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string }
  | { status: 'done'; result: Imported }
  | { status: 'failed'; message: string };

/** Import a Word file, then open the draft as it is or readied for the next period. */
export function useDocxImport(onImported: () => void) {
  const api = useApi();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const importFile = useCallback(
    async (file: File) => {
      setState({ status: 'working', fileName: file.name });
      const read = await readDocxFile(file);
      if ('error' in read) return setState({ status: 'failed', message: read.error });
      const result = await api.importDocx({ fileName: file.name.slice(0, 260), contentBase64: read.contentBase64 });
      if (!result.ok) return setState({ status: 'failed', message: result.error.message });
      setState({ status: 'done', result: { ...result.value, fileName: file.name } });
      onImported();
    },
    [api, onImported],
  );
  /** The imported draft, as imported. */
  const openDraft = useCallback(
    async (id: string): Promise<Draft | string> => {
      const result = await api.getDraft({ id });
      return result.ok ? result.value : result.error.message;
    },
    [api],
  );
  /** "Dùng cho kỳ mới": number and day cleared, period years rolled, figures flagged; saved, then opened. */
  const openForNewPeriod = useCallback(
    async (id: string): Promise<Draft | string> => {
      const got = await api.getDraft({ id });
      if (!got.ok) return got.error.message;
      const { draft, figures } = forNewPeriod(got.value);
      const saved = await api.saveDraft({ draft, expectedUpdatedAt: got.value.meta.updatedAt });
      if (!saved.ok) return saved.error.message;
      saveReviewFigures(draft, figures);
      onImported();
      return { ...draft, meta: { ...draft.meta, updatedAt: saved.value.updatedAt } };
    },
    [api, onImported],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, importFile, openDraft, openForNewPeriod, reset };
}
