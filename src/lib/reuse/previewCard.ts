/**
 * The 1200×630 social preview card of a chapter as SVG (turned into PNG at build): the
 * chapter's static map on the right, its title and one-line summary on the left.
 */
import { COLOURS } from '../design/tokens';

export interface PreviewCard {
  kicker: string;
  title: string;
  dek: string;
  siteName: string;
  /** The chapter's static map as a complete <svg> element, if there is one. */
  mapSvg?: string;
}

export const CARD = { width: 1200, height: 630 } as const;

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `max` characters, ending with "…" past `maxLines`. */
export function wrapText(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,;:.]+\S*$/, '')}…`;
  return kept;
}

/** The site's design tokens, as values: an SVG rendered outside the page cannot read CSS variables. */
const { ink: INK, 'ink-2': INK_2, paper: PAPER, 'accent-ink': ACCENT, rule: RULE } = COLOURS;

export function previewCardSvg(card: PreviewCard): string {
  const textWidth = card.mapSvg ? 620 : 1140;
  const titleLines = wrapText(card.title, card.mapSvg ? 16 : 30, 3);
  const dekLines = wrapText(card.dek, card.mapSvg ? 36 : 68, 4);
  const titleTop = 190;
  const dekTop = titleTop + titleLines.length * 64 + 20;
  const tspans = (lines: string[], x: number, step: number) =>
    lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${xml(l)}</tspan>`).join('');
  const map = card.mapSvg ? placedMap(card.mapSvg) : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<rect width="100%" height="100%" fill="${PAPER}"/>
<rect width="${CARD.width}" height="12" fill="${ACCENT}"/>
<g font-family="DejaVu Sans, Arial, Helvetica, sans-serif">
<text x="60" y="110" font-size="26" font-weight="700" fill="${ACCENT}" letter-spacing="2">${xml(card.kicker.toUpperCase())}</text>
<text y="${titleTop}" font-size="54" font-weight="700" fill="${INK}">${tspans(titleLines, 60, 64)}</text>
<text y="${dekTop}" font-size="28" fill="${INK_2}">${tspans(dekLines, 60, 38)}</text>
<text x="60" y="580" font-size="24" fill="${INK_2}">${xml(card.siteName)}</text>
</g>
<rect x="60" y="600" width="${textWidth - 60}" height="2" fill="${RULE}"/>
${map}
</svg>`;
}

/** The map in the right-hand column, as large as fits, in its own proportions (so nothing spills past its frame). */
function placedMap(svg: string): string {
  const viewBox = viewBoxOf(svg);
  const [, , w, h] = viewBox.split(/[\s,]+/).map(Number);
  const box = { x: 660, width: 500, height: 550 };
  const scale = Math.min(box.width / w, box.height / h);
  const [width, height] = [w * scale, h * scale].map((v) => Math.round(v));
  const y = Math.round((CARD.height - height) / 2);
  return `<svg x="${box.x + Math.round((box.width - width) / 2)}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}">${innerSvg(svg)}</svg>`;
}

/** The viewBox of an <svg> element, or its width and height. */
export function viewBoxOf(svg: string): string {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\bviewBox="([^"]+)"/.exec(open)?.[1];
  if (viewBox) return viewBox;
  const w = /\bwidth="([\d.]+)"/.exec(open)?.[1] ?? '100';
  const h = /\bheight="([\d.]+)"/.exec(open)?.[1] ?? '100';
  return `0 0 ${w} ${h}`;
}

export const innerSvg = (svg: string) => svg.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');

/** The first complete <svg>…</svg> in some HTML, from `from` on. */
export function firstSvg(html: string, from = 0): string | undefined {
  const offset = html.slice(from).search(/<svg\b/);
  if (offset < 0) return undefined;
  const start = from + offset;
  // Nested <svg> elements: find the matching close tag.
  let depth = 0;
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[2]) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}

/** Every top-level <svg> element in some HTML, in order. */
export function allSvgs(html: string): string[] {
  const found: string[] = [];
  for (let from = 0, svg = firstSvg(html); svg; svg = firstSvg(html, from)) {
    from = html.indexOf(svg, from) + svg.length;
    found.push(svg);
  }
  return found;
}

/**
 * CSS an SVG renderer without a browser (librsvg, in sharp) can apply: custom properties
 * replaced by their values and media queries dropped.
 */
export function flattenCss(css: string): string {
  const vars = new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => [m[1], m[2].trim()]));
  let flat = css;
  for (let i = 0; i < 5 && flat.includes('var('); i++) {
    flat = flat.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]+))?\)/g, (_m, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? 'initial');
  }
  return withoutAtRules(flat);
}

function withoutAtRules(css: string): string {
  let out = '';
  for (let i = 0; i < css.length; ) {
    const at = css.indexOf('@', i);
    if (at < 0) return out + css.slice(i);
    out += css.slice(i, at);
    let depth = 0;
    let j = css.indexOf('{', at);
    if (j < 0) return out;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/**
 * The static map of a chapter as one self-contained SVG: the page's shared definitions
 * (drawn once per page and referenced with <use>) and its stylesheet moved inside it.
 */
export function standaloneMapSvg(figureHtml: string, css: string): string | undefined {
  const svgs = allSvgs(figureHtml);
  const map = svgs.find((s) => /^<svg\b[^>]*\bclass="sm"/.test(s));
  if (!map) return undefined;
  const defs = svgs.filter((s) => s !== map).map(innerSvg).join('');
  return `<svg viewBox="${viewBoxOf(map)}"><style>${flattenCss(css)}</style>${defs}${innerSvg(map)}</svg>`;
}
