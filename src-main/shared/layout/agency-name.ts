/**
 * An agency name as it reads inside a sentence ("của Sở Thông tin và Truyền thông"), from the
 * capitals the header prints. Heuristic after NĐ30 Phụ lục II: the first word, the word after
 * the type of body (Sở, Bộ, Cục, …) and the word after "và" take a capital; administrative
 * place names (after tỉnh, huyện, …) are capitalised word by word. Names typed in mixed case are
 * kept as typed.
 */

/** Types of body whose next word names the field ("Sở Tài chính", "Bộ Nội vụ"). */
const BODY_TYPES = new Set(['sở', 'bộ', 'cục', 'vụ', 'ban', 'phòng', 'viện', 'tổng cục', 'chi cục', 'trung tâm', 'văn phòng']);
/** Administrative units: the place name after them is capitalised word by word. */
const PLACE_UNITS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'xã', 'quận', 'phường'];

const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

const VOWELS = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
/** Initial consonant, vowel nucleus, final consonant: the shape of one Vietnamese syllable. */
const SYLLABLE = new RegExp(`^(b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[${VOWELS}]+(c|ch|m|n|ng|nh|p|t)?$`, 'u');

/** Abbreviations such as UBND, HĐND or TP are not syllables and keep their capitals. */
function isAbbreviation(upper: string): boolean {
  const lower = upper.toLocaleLowerCase('vi').replace(/[.,;:()]/gu, '');
  return lower.length > 0 && !SYLLABLE.test(lower);
}

/** Sentence-case form of an all-caps agency name; mixed-case input is returned unchanged. */
export function agencyNameInSentence(name: string): string {
  const flat = name.replace(/\s+/gu, ' ').trim();
  if (flat !== flat.toLocaleUpperCase('vi')) return flat;
  const words = flat.toLocaleLowerCase('vi').split(' ');
  const out: string[] = [];
  let placeMode = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const prev = out.length > 0 ? (words[i - 1] ?? '') : '';
    const prev2 = i >= 2 ? `${words[i - 2]} ${prev}` : '';
    const original = flat.split(' ')[i] ?? '';
    if (PLACE_UNITS.includes(prev) || PLACE_UNITS.includes(prev2)) placeMode = true;
    // "Ủy ban nhân dân": "ban" there is part of the body's name, not a type of body.
    const afterBodyType = (BODY_TYPES.has(prev) && prev2 !== 'ủy ban') || (BODY_TYPES.has(prev2) && i >= 2);
    let printed = word;
    if (isAbbreviation(original)) printed = original;
    else if (i === 0 || placeMode || prev === 'và' || afterBodyType) printed = capitalise(word);
    out.push(printed);
  }
  return out.join(' ');
}
