/**
 * Where a balanced line may not break (docs/layout-rules.md §5): a line never ends with a word
 * that needs the number after it. A number belongs to the word that counts or names it ("năm
 * 2023", "số 125/KH-UBND", "Phần II", "tháng 3", "khóa XV"), so a line may not start with a
 * number unless punctuation closes the word before it ("…, 2023"). A spaced hyphen joins the
 * words on both its sides ("kinh tế - xã hội", "2021 - 2025"), so no line starts or ends with it.
 * The rule goes by the shape of the words, not by a list of pairs.
 */

/** A number: Arabic digits first ("2023", "125/KH-UBND", "15%", "01/2024"), or a Roman numeral. */
const NUMBER = /^(?:\d|[IVXLCDM]+[.,;:)]*$)/u;
/** A spaced hyphen or dash ("2021 - 2025", "kinh tế - xã hội"). */
const JOINING_DASH = /^[-–]$/u;
/** A word closed by punctuation leaves what follows it free to start a line. */
const CLOSED = /[,;:.!?)\]”"]$/u;

/** Whether the text may break between `before` and `after` (two adjacent words). */
export function mayBreakBetween(before: string, after: string): boolean {
  if (JOINING_DASH.test(before) || JOINING_DASH.test(after)) return false;
  if (CLOSED.test(before)) return true;
  return !NUMBER.test(after);
}

/**
 * The words of one line of text grouped into units that stay on one line: each unit is words
 * joined by single spaces with no allowed break inside.
 */
export function boundUnits(text: string): string[] {
  const words = text.split(/ +/u).filter((w) => w !== '');
  const units: string[] = [];
  let current = '';
  words.forEach((word, i) => {
    if (i === 0) current = word;
    else if (mayBreakBetween(words[i - 1] ?? '', word)) {
      units.push(current);
      current = word;
    } else current = `${current} ${word}`;
  });
  if (current) units.push(current);
  return units;
}
