/** Vietnamese number words, for "Phần thứ nhất", "Phần thứ hai", … (pure). */

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const unit = (n: number): string => UNITS[n] ?? '';

/** 0–99: "mười lăm", "hai mươi mốt", "hai mươi tư"; the unit changes form after "mươi"/"mười". */
function belowHundred(n: number): string {
  if (n < 10) return unit(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 1 ? 'mười' : `${unit(tens)} mươi`;
  if (ones === 0) return head;
  if (ones === 5) return `${head} lăm`;
  if (tens > 1 && ones === 1) return `${head} mốt`;
  if (tens > 1 && ones === 4) return `${head} tư`;
  return `${head} ${unit(ones)}`;
}

/** The tens-and-units tail after a hundreds word: "linh năm" for 1–9, else the tens words. */
const tail = (n: number): string => (n < 10 ? `linh ${unit(n)}` : belowHundred(n));

/** 0–999: "một trăm linh năm", "hai trăm mười". */
function belowThousand(n: number): string {
  if (n < 100) return belowHundred(n);
  const rest = n % 100;
  const hundreds = `${unit(Math.floor(n / 100))} trăm`;
  return rest === 0 ? hundreds : `${hundreds} ${tail(rest)}`;
}

/** The cardinal words of 0 ≤ n < 1 000 000: 21 → "hai mươi mốt", 1005 → "một nghìn không trăm linh năm". */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) throw new RangeError(`No Vietnamese number words for ${n}`);
  if (n < 1000) return belowThousand(n);
  const rest = n % 1000;
  const thousands = `${belowThousand(Math.floor(n / 1000))} nghìn`;
  if (rest === 0) return thousands;
  return rest < 100 ? `${thousands} không trăm ${tail(rest)}` : `${thousands} ${belowThousand(rest)}`;
}

/** The ordinal words of n ≥ 1: "thứ nhất", "thứ hai", "thứ tư", "thứ mười một", "thứ hai mươi mốt". */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No Vietnamese ordinal for ${n}`);
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${numberWords(n)}`;
}
