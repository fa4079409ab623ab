import { addressOf } from '../publishing/siteAddress';
/**
 * What can be embedded and the code teachers paste for it. Every embed has its own flat page
 * under /embed/; the snippet always carries a title and a fixed height so it still works on
 * platforms that strip scripts, and the optional host script then fits the height to the content.
 */
export type EmbedKind = 'story' | 'chapter' | 'timeline' | 'map';

export interface EmbedTarget {
  kind: EmbedKind;
  /** Path id under /embed/: a chapter id, or the kind for the others. */
  id: string;
  /** What the embed shows, in the iframe's title. */
  label: string;
  /** Height in CSS pixels for hosts that do not run the resize script. */
  height: number;
}

/** Embed page ids that chapters may not use. */
export const RESERVED_EMBED_IDS: readonly string[] = ['story', 'timeline', 'map', 'host.js', 'pym.v1.min.js'];

const HEIGHTS: Record<EmbedKind, number> = { story: 900, chapter: 900, timeline: 700, map: 640 };

/** One chapter as an embed: its frame shows the chapter's text, map and sources. */
export const chapterEmbed = (id: string, title: string): EmbedTarget => ({ kind: 'chapter', id, label: title, height: HEIGHTS.chapter });

export function embedTargets(chapters: readonly { id: string; title: string }[]): EmbedTarget[] {
  const clash = chapters.find((c) => RESERVED_EMBED_IDS.includes(c.id));
  if (clash) throw new Error(`Chapter id "${clash.id}" is reserved for an embed page; rename the chapter file.`);
  return [
    { kind: 'story', id: 'story', label: 'The whole story', height: HEIGHTS.story },
    ...chapters.map((c) => chapterEmbed(c.id, c.title)),
    { kind: 'timeline', id: 'timeline', label: 'Timeline', height: HEIGHTS.timeline },
    { kind: 'map', id: 'map', label: 'Maps by chapter', height: HEIGHTS.map },
  ];
}

export const embedPath = (target: Pick<EmbedTarget, 'id'>): string => `/embed/${target.id}/`;
export const HOST_SCRIPT_PATH = '/embed/host.js';
/** pym.js as the site serves it, for hosts that resize embeds with NPR's pym.js. */
export const PYM_SCRIPT_PATH = '/embed/pym.v1.min.js';

/** The iframe's accessible name: what it shows and where it comes from. */
export const embedTitle = (target: EmbedTarget, siteTitle: string): string => `${target.label} — ${siteTitle}`;

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetOptions {
  /** Absolute base URL of the site. */
  site: string | URL;
  siteTitle: string;
  /** Add the host script that resizes the frame to its content. */
  resize?: boolean;
}

export function embedSnippet(target: EmbedTarget, { site, siteTitle, resize = true }: SnippetOptions): string {
  const src = addressOf(embedPath(target), site).href;
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(embedTitle(target, siteTitle))}" width="100%" height="${target.height}"` +
    ` style="width:100%;max-width:100%;border:0" loading="lazy" data-oreshnik-embed></iframe>`;
  if (!resize) return iframe;
  return `${iframe}\n<script src="${attr(addressOf(HOST_SCRIPT_PATH, site).href)}" async></script>`;
}

/**
 * The same embed for sites that use NPR's pym.js: a container pym turns into an iframe and keeps
 * sized. pym.js comes from this site (or the host's own copy), never from a CDN. The host's
 * address and title are not sent to the site (`optionalparams` off).
 */
export function pymSnippet(target: EmbedTarget, { site, siteTitle }: Omit<SnippetOptions, 'resize'>): string {
  const src = addressOf(embedPath(target), site).href;
  const container =
    `<div id="oreshnik-${attr(target.id)}" data-pym-src="${attr(src)}" data-pym-title="${attr(embedTitle(target, siteTitle))}"` +
    ` data-pym-optionalparams="false"></div>`;
  return `${container}\n<script src="${attr(addressOf(PYM_SCRIPT_PATH, site).href)}"></script>`;
}
