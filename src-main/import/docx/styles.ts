/**
 * styles.xml resolved: document defaults, paragraph and character styles with their basedOn
 * chains, and the theme's fonts for runs that name a theme font. `paragraph()` and `run()` give
 * what a paragraph and a run print, direct formatting laid over the styles.
 */
import { PLAIN_RUN, type ParaProps, type RunStyle } from '../../shared/import/doc-model';
import { layer, readParaProps, readRunProps, type ParaPropsPartial, type RunProps } from './properties';
import { child, childrenNamed, descendants, type XElement } from './xml-tree';

interface StyleDef {
  type: string;
  name: string;
  basedOn: string | undefined;
  para: ParaPropsPartial;
  run: RunProps;
}

/** Resolved styles of one document. */
export interface Styles {
  /** Paragraph properties of a paragraph with style `styleId` (or the default) and direct `direct`. */
  paragraph(styleId: string | undefined, direct: ParaPropsPartial): { props: ParaProps; numId?: string; ilvl?: number; styleId: string | undefined };
  /** Run style of a run in a paragraph of `paraStyleId`, with character style `charStyleId` and direct `direct`. */
  run(paraStyleId: string | undefined, charStyleId: string | undefined, direct: RunProps): { style: RunStyle; vanish: boolean };
  /** Whether a paragraph style is one of Word's table-of-contents styles (TOC 1 …). */
  isTocStyle(styleId: string | undefined): boolean;
}

/** Fonts of a run: a face named later in the chain wins over a theme font named earlier, and the other way round. */
function layerRun(base: RunProps, over: RunProps): RunProps {
  const out = layer(base, over);
  if (over.font !== undefined) delete out.themeFont;
  if (over.themeFont !== undefined) delete out.font;
  return out;
}

const HEADING_NAME = /^(?:heading|tiêu đề|titre|überschrift)\s*(\d)$/iu;

function themeFonts(theme: XElement | null): { major: string | undefined; minor: string | undefined } {
  if (!theme) return { major: undefined, minor: undefined };
  const scheme = descendants(theme, 'a:fontScheme')[0];
  const latin = (name: string) => child(child(scheme, name), 'a:latin')?.attrs.typeface || undefined;
  return { major: latin('a:majorFont'), minor: latin('a:minorFont') };
}

/** Reads styles.xml (and theme1.xml, for theme fonts); both may be missing. */
export function readStyles(stylesXml: XElement | null, themeXml: XElement | null): Styles {
  const defs = new Map<string, StyleDef>();
  let defaultPara: string | undefined;
  let defaultChar: string | undefined;
  let docPara: ParaPropsPartial = {};
  let docRun: RunProps = {};
  if (stylesXml) {
    const defaults = child(stylesXml, 'w:docDefaults');
    docRun = readRunProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    docPara = readParaProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const style of childrenNamed(stylesXml, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (!id) continue;
      const type = style.attrs['w:type'] ?? 'paragraph';
      const name = child(style, 'w:name')?.attrs['w:val'] ?? id;
      const para = readParaProps(child(style, 'w:pPr'));
      const heading = HEADING_NAME.exec(name);
      if (heading?.[1] && para.outlineLevel === undefined) para.outlineLevel = Number(heading[1]) - 1;
      defs.set(id, { type, name, basedOn: child(style, 'w:basedOn')?.attrs['w:val'], para, run: readRunProps(child(style, 'w:rPr')) });
      const isDefault = ['1', 'true', 'on'].includes(style.attrs['w:default'] ?? '');
      if (isDefault && type === 'paragraph') defaultPara ??= id;
      if (isDefault && type === 'character') defaultChar ??= id;
    }
  }
  const fonts = themeFonts(themeXml);

  /** The chain of a style from its root to itself (cycles cut). */
  const chain = (id: string | undefined): StyleDef[] => {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = defs.get(at)?.basedOn) {
      seen.add(at);
      const def = defs.get(at);
      if (def) out.unshift(def);
    }
    return out;
  };
  const paraChains = new Map<string, { para: ParaPropsPartial; run: RunProps; name: string }>();
  const paraStyle = (id: string | undefined) => {
    const key = id ?? defaultPara ?? '';
    let resolved = paraChains.get(key);
    if (!resolved) {
      let para = docPara;
      let run = docRun;
      const defs = chain(id ?? defaultPara);
      for (const def of defs) {
        para = layer(para, def.para);
        run = layerRun(run, def.run);
      }
      resolved = { para, run, name: defs[defs.length - 1]?.name ?? '' };
      paraChains.set(key, resolved);
    }
    return resolved;
  };
  const charChains = new Map<string, RunProps>();
  const charStyle = (id: string | undefined): RunProps => {
    const key = id ?? defaultChar ?? '';
    let resolved = charChains.get(key);
    if (!resolved) {
      resolved = {};
      for (const def of chain(id ?? defaultChar)) resolved = layerRun(resolved, def.run);
      charChains.set(key, resolved);
    }
    return resolved;
  };
  const themeFace = (theme: string | undefined): string | undefined => {
    if (!theme) return undefined;
    return theme.toLowerCase().startsWith('major') ? fonts.major : fonts.minor;
  };

  return {
    paragraph(styleId, direct) {
      const base = paraStyle(styleId);
      const p = layer(base.para, direct);
      return {
        props: {
          align: p.align ?? 'left',
          ownAlign: direct.align ?? null,
          indentLeft: p.indentLeft ?? 0,
          indentRight: p.indentRight ?? 0,
          firstLine: p.firstLine ?? 0,
          spaceBefore: p.spaceBefore ?? 0,
          spaceAfter: p.spaceAfter ?? 0,
          line: p.line ?? null,
          keepNext: p.keepNext ?? false,
          outlineLevel: p.outlineLevel ?? null,
          styleName: base.name,
          borderBottom: p.borderBottom ?? false,
          borderTop: p.borderTop ?? false,
        },
        ...(p.numId !== undefined ? { numId: p.numId } : {}),
        ...(p.ilvl !== undefined ? { ilvl: p.ilvl } : {}),
        styleId: styleId ?? defaultPara,
      };
    },
    run(paraStyleId, charStyleId, direct) {
      const own = layerRun(charStyle(charStyleId), direct);
      const r = layerRun(paraStyle(paraStyleId).run, own);
      const font = r.font ?? themeFace(r.themeFont) ?? null;
      return {
        style: {
          ...PLAIN_RUN,
          bold: r.bold ?? false,
          runBold: own.bold ?? false,
          italic: r.italic ?? false,
          underline: r.underline ?? false,
          caps: r.caps ?? false,
          sizePt: r.size !== undefined ? r.size / 2 : null,
          font,
          superscript: r.superscript ?? false,
        },
        vanish: r.vanish ?? false,
      };
    },
    isTocStyle(styleId) {
      const name = (styleId && defs.get(styleId)?.name) ?? styleId ?? '';
      return /^toc\s*\d/iu.test(name) || /^(toc heading|table of contents)$/iu.test(name);
    },
  };
}
