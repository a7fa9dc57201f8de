/**
 * Word's automatic numbering (numbering.xml): the label a numbered paragraph prints, computed in
 * document order as Word does. A w:num is an instance of an abstract definition; instances of
 * the same definition continue one count unless the instance overrides a level's start, which
 * restarts it where the instance is first used. A level's counter restarts after any higher
 * level (unless w:lvlRestart says otherwise); lvlText's %1…%9 print each level's counter in its
 * own format (all decimal under w:isLgl).
 */
import type { DocNumbering } from '../../shared/import/doc-model';
import { child, childrenNamed, type XElement } from './xml-tree';

interface Level {
  start: number;
  format: string;
  text: string;
  /** 0-based level after which this one restarts; -1: never; undefined: after any higher one. */
  restartAfter: number | undefined;
  legal: boolean;
}

interface NumInstance {
  abstractId: string;
  /** Levels this instance restarts at a given value, and levels it redefines. */
  startOverrides: Map<number, number>;
  levels: Map<number, Level>;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

function readLevel(lvl: XElement): Level {
  const restart = child(lvl, 'w:lvlRestart')?.attrs['w:val'];
  return {
    start: int(child(lvl, 'w:start')?.attrs['w:val'], 0),
    format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    restartAfter: restart === undefined ? undefined : int(restart, 0) - 1,
    legal: child(lvl, 'w:isLgl') !== undefined && child(lvl, 'w:isLgl')?.attrs['w:val'] !== '0',
  };
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let rest = Math.max(1, Math.min(3999, n));
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz (the letter repeated). */
function letters(n: number): string {
  const index = (Math.max(1, n) - 1) % 26;
  const times = Math.floor((Math.max(1, n) - 1) / 26) + 1;
  return String.fromCharCode(97 + index).repeat(times);
}

/** A counter in a numFmt. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      // decimal, ordinal, cardinalText, vietnameseCounting …: their digits.
      return String(n);
  }
}

/** Private-use characters of the Symbol/Wingdings bullets Word writes, as the glyphs they draw. */
const SYMBOL_BULLETS: Readonly<Record<string, string>> = {
  '\uF02D': '-',
  '\uF0B7': '•',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF076': '❖',
  '\uF0FC': '✓',
  '\uF06E': '■',
  '\uF06C': '●',
  '\uF0A8': '□',
};

/** Counts numbered paragraphs of one document in reading order. */
export interface NumberingCounter {
  /** The label of the next paragraph numbered with `numId` at `ilvl`, or null when it is not numbered. */
  next(numId: string, ilvl: number): DocNumbering | null;
}

/** Reads numbering.xml (null: no automatic numbering in the file). */
export function readNumbering(xml: XElement | null): NumberingCounter {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, NumInstance>();
  if (xml) {
    for (const abstract of childrenNamed(xml, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(abstract, 'w:lvl')) levels.set(int(lvl.attrs['w:ilvl'], 0), readLevel(lvl));
      abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childrenNamed(xml, 'w:num')) {
      const instance: NumInstance = { abstractId: child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '', startOverrides: new Map(), levels: new Map() };
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const ilvl = int(override.attrs['w:ilvl'], 0);
        const start = child(override, 'w:startOverride')?.attrs['w:val'];
        if (start !== undefined) instance.startOverrides.set(ilvl, int(start, 1));
        const lvl = child(override, 'w:lvl');
        if (lvl) instance.levels.set(ilvl, readLevel(lvl));
      }
      instances.set(num.attrs['w:numId'] ?? '', instance);
    }
  }
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();

  return {
    next(numId, ilvl) {
      if (numId === '0') return null;
      const instance = instances.get(numId);
      if (!instance) return null;
      const abstract = abstracts.get(instance.abstractId) ?? new Map<number, Level>();
      const levelAt = (i: number): Level | undefined => instance.levels.get(i) ?? abstract.get(i);
      const level = levelAt(ilvl);
      if (!level) return null;
      let counts = counters.get(instance.abstractId);
      if (!counts) counters.set(instance.abstractId, (counts = []));
      if (!used.has(numId)) {
        used.add(numId);
        for (const [i, start] of instance.startOverrides) counts[i] = start - 1;
      }
      counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
      for (let deeper = ilvl + 1; deeper < 9; deeper++) {
        const below = levelAt(deeper);
        const after = below?.restartAfter;
        if (after === -1) continue;
        if (after === undefined || after >= ilvl) counts[deeper] = undefined;
      }
      if (level.format === 'bullet') {
        const bullet = [...level.text].map((ch) => SYMBOL_BULLETS[ch] ?? ch).join('').trim();
        // A level that prints no mark (pandoc's list continuation paragraphs) numbers nothing.
        return bullet ? { label: bullet, bullet: true, level: ilvl, format: 'bullet' } : null;
      }
      const label = level.text.replace(/%([1-9])/gu, (_, digit: string) => {
        const i = Number(digit) - 1;
        const at = levelAt(i);
        const value = counts[i] ?? at?.start ?? 1;
        return formatCounter(value, level.legal && i < ilvl ? 'decimal' : (at?.format ?? 'decimal'));
      });
      return label.trim() ? { label, bullet: false, level: ilvl, format: level.format } : null;
    },
  };
}
