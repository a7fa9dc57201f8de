/**
 * A picked or dropped Word file read for "Nhập từ Word": refused in the window when it is over the
 * cap (before it is read or sent), otherwise read as base64 for the contract. Whether it is a
 * Word file is main's to say, from its content.
 */
import { docxTooBigMessage, MAX_DOCX_BYTES } from '@shared/import/limits';
import { refusal } from '@shared/import/messages';

/** Whether a dropped or picked file is offered to "Nhập từ Word" (by name or type; main checks the content). */
export function isWordFileName(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.(docx|docm|dotx|doc)$/iu.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file's base64 content, or the Vietnamese reason it is not sent. */
export async function readDocxFile(file: File): Promise<{ contentBase64: string } | { error: string }> {
  if (file.size > MAX_DOCX_BYTES) return { error: refusal(file.name, docxTooBigMessage(file.size)) };
  try {
    return { contentBase64: base64Of(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { error: `Không đọc được tệp “${file.name}”.` };
  }
}
