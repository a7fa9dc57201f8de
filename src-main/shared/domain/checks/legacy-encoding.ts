/**
 * Text in a legacy encoding (TCVN3 / VNI mojibake such as "Bé Néi vô" or "Boä Noäi vuï"),
 * pasted from an old document or imported from a .VnTime / VNI-Times run. It shows and prints as
 * garbage, and search cannot find it, so it is an error; the fix converts it with the
 * detected encoding (legacy-text/).
 */
import { convertLegacyText, detectLegacyEncoding, LEGACY_ENCODING_NAMES } from '../legacy-text/detect';
import { mapItemText } from './draft-edit';
import type { CheckFamily } from './types';
import { shortQuote } from './walk';

/** Legacy-encoded text anywhere in the draft. */
export const legacyEncoding: CheckFamily = {
  family: 'legacy',
  create: () => ({
    text(item, report) {
      const { encoding } = detectLegacyEncoding(item.text);
      if (encoding === null) return;
      // The message quotes the start only: converting a whole long paragraph for it would be waste.
      const converted = convertLegacyText(item.text.slice(0, 120), encoding);
      report({
        id: 'legacy.encoding',
        severity: 'error',
        field: item.field,
        message: `${item.where} có chữ gõ theo bảng mã cũ ${LEGACY_ENCODING_NAMES[encoding]}, sẽ hiện và in sai: ${shortQuote(item.text)}. Bấm “Chuyển sang Unicode” để đổi thành ${shortQuote(converted)}.`,
        fix: { label: 'Chuyển sang Unicode', apply: (draft) => mapItemText(draft, item, (text) => convertLegacyText(text, encoding)) },
      });
    },
  }),
};
