/**
 * The plan's measurements as CSS. The page's CSP forbids style attributes, so every element that
 * needs a plan number (a width, a margin, a size) gets a class whose rule holds it. Classes are
 * named from a hash of their declarations: the same declarations always give the same class, so
 * two renders (the preview swapping an old layout for a new one) never disagree on a class.
 */
import { twipsToPt } from '../units';

/** CSS declarations: property → value. Values come from plan numbers only, never from draft text. */
export type Declarations = Readonly<Record<string, string | number>>;

/** A length in points from twips, to a hundredth of a point. */
export function pt(twips: number): string {
  return `${Math.round(twipsToPt(twips) * 100) / 100}pt`;
}

/** A size in points. */
export function ptSize(points: number): string {
  return `${Math.round(points * 100) / 100}pt`;
}

function hash(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Two independent 32-bit FNV-1a hashes: a collision among a document's few hundred rules is negligible. */
function nameOf(body: string): string {
  return `k${hash(body, 0x811c9dc5).toString(36)}${hash(body, 0x050c5d1f).toString(36)}`;
}

function bodyOf(declarations: Declarations): string {
  return Object.keys(declarations)
    .sort()
    .map((property) => `${property}:${declarations[property]}`)
    .join(';');
}

/** The rules one piece of HTML needs, as recorded by {@link StyleRegistry.record}. */
export interface UsedRules {
  /** Class name and declarations, in the order they were asked for. */
  classes: readonly [string, string][];
  /** Selector and declarations. */
  extra: readonly [string, string][];
}

/** Collects the rules of one render. */
export class StyleRegistry {
  private readonly classes = new Map<string, string>();
  private readonly extra = new Map<string, string>();
  private recording: { classes: [string, string][]; extra: [string, string][] } | null = null;

  /** The class holding `declarations` (empty declarations need no class: ''). */
  cls(declarations: Declarations): string {
    const body = bodyOf(declarations);
    if (!body) return '';
    const name = nameOf(body);
    this.classes.set(name, body);
    this.recording?.classes.push([name, body]);
    return name;
  }

  /** A rule with its own selector (built by the caller from fixed names and numbers only). */
  rule(selector: string, declarations: Declarations): void {
    const body = bodyOf(declarations);
    this.extra.set(selector, body);
    this.recording?.extra.push([selector, body]);
  }

  /** What `make()` returns and the rules it added, so that HTML kept for later can add them again ({@link adopt}). */
  record<T>(make: () => T): { value: T; rules: UsedRules } {
    const outer = this.recording;
    const recording = { classes: [] as [string, string][], extra: [] as [string, string][] };
    this.recording = recording;
    try {
      return { value: make(), rules: recording };
    } finally {
      this.recording = outer;
      outer?.classes.push(...recording.classes);
      outer?.extra.push(...recording.extra);
    }
  }

  /** Adds rules recorded by another render, in the order they were made. */
  adopt(rules: UsedRules): void {
    for (const [name, body] of rules.classes) this.classes.set(name, body);
    for (const [selector, body] of rules.extra) this.extra.set(selector, body);
    if (this.recording) {
      this.recording.classes.push(...rules.classes);
      this.recording.extra.push(...rules.extra);
    }
  }

  /** Every rule, one per line. */
  css(): string {
    const out: string[] = [];
    for (const [name, body] of this.classes) out.push(`.${name}{${body}}`);
    for (const [selector, body] of this.extra) out.push(`${selector}{${body}}`);
    return out.join('\n');
  }
}

/** Class attribute from names, skipping empty ones. */
export function classes(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
