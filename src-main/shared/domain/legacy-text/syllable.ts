/**
 * Whether a word is a well-formed Vietnamese syllable: an onset, a rime from the closed list of
 * Vietnamese rimes, and at most one tone, with only sắc or nặng on a rime closed by c, ch, p or t.
 * It is how legacy-encoded text is told from text that merely has accents: "Néi" is no syllable,
 * "Nội" is; French "été" or German "schön" are neither before nor after conversion.
 */
import { lower } from './letters';

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
] as const;

/** Rimes without tone: vowel nucleus (with its medial o/u) and coda. */
const RIMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot oong ooc
   oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oec oem oen oeo oet
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua uc ui um un ung up ut uơ
   uân uâng uât uây uê uêch uênh uy uya uych uyn uynh uyp uyt uyu uyên uyêt
   uôc uôi uôm uôn uông uôt
   ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
   y ych yn ynh yp yt yêm yên yêng yêt yêu`
    .split(/\s+/u)
    .filter(Boolean),
);

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_CODA = /(?:c|ch|p|t)$/u;
const SHORT_TONES = new Set(['\u0301', '\u0323']);
const LETTERS_ONLY = /^[a-zđâăêôơư]+$/u;

/** Whether `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = lower(word).normalize('NFD');
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONE_MARK, '').normalize('NFC');
  if (!LETTERS_ONLY.test(base)) return false;
  const tone = tones[0];
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rime = base.slice(onset.length);
    if (!RIMES.has(rime)) continue;
    if (tone !== undefined && STOP_CODA.test(rime) && !SHORT_TONES.has(tone)) continue;
    if (tone === undefined && STOP_CODA.test(rime)) continue;
    return true;
  }
  return false;
}
