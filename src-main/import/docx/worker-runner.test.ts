/**
 * The worker thread that reads Word files for the app: the main thread keeps running while it
 * works, a refusal comes back as the same Vietnamese message, and a file that needs more memory
 * or time than allowed is stopped and refused instead of taking the app down.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../../shared/import/messages';
import { documentXml, miniDocx } from './test-files';
import { workerImporter } from './worker-runner';

const NOW = '2025-01-01T00:00:00.000Z';
const paragraphs = (n: number) => documentXml(Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>Đoạn văn thứ ${i + 1} của báo cáo.</w:t></w:r></w:p>`).join(''));

describe('workerImporter', () => {
  it('imports off the main thread: a timer set after the start fires before the import is done', async () => {
    const events: string[] = [];
    const importing = workerImporter()(miniDocx({ 'word/document.xml': paragraphs(2000) }), NOW).then((r) => {
      events.push('imported');
      return r;
    });
    setTimeout(() => events.push('timer'), 0);
    const { draft } = await importing;
    expect(events).toEqual(['timer', 'imported']);
    expect(draft.opening.length).toBeGreaterThan(1000);
  }, 60_000);

  it('hands a refusal back as the same Vietnamese message', async () => {
    await expect(workerImporter()(new TextEncoder().encode('không phải docx'), NOW)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: IMPORT_MESSAGES.notZip });
  }, 60_000);

  it('stops an import that needs more memory than its cap', async () => {
    await expect(workerImporter({ maxMemoryMb: 24 })(miniDocx({ 'word/document.xml': paragraphs(150_000) }), NOW)).rejects.toMatchObject({ message: IMPORT_MESSAGES.tooComplex });
  }, 60_000);

  it('stops an import that runs past its time limit', async () => {
    await expect(workerImporter({ timeoutMs: 5 })(miniDocx({ 'word/document.xml': paragraphs(20_000) }), NOW)).rejects.toMatchObject({ message: IMPORT_MESSAGES.timeout });
  }, 60_000);
});
