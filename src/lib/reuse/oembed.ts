/**
 * oEmbed responses (https://oembed.com, type "rich") for CMSs that turn a pasted embed URL into
 * an embed. The site is static, so each embed page has a fixed JSON file found through the
 * page's discovery link rather than a query endpoint.
 */
import { embedSnippet, embedTitle, type EmbedTarget } from './embeds';
import { addressOf } from '../publishing/siteAddress';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The width the embed pages are laid out for (they also work narrower). */
export const EMBED_DESIGN_WIDTH = 700;

export const oembedPath = (target: Pick<EmbedTarget, 'id'>): string => `/oembed/${target.id}.json`;

export function oembedFor(
  target: EmbedTarget,
  options: { site: string | URL; siteTitle: string; providerName: string; thumbnail?: string },
): OEmbedRich {
  const { site, siteTitle, providerName, thumbnail } = options;
  return {
    version: '1.0',
    type: 'rich',
    title: embedTitle(target, siteTitle),
    provider_name: providerName,
    provider_url: addressOf('/', site).href,
    // A CMS may drop the script; the fixed height keeps the frame usable then.
    html: embedSnippet(target, { site, siteTitle }),
    // The frame itself fills its column; oEmbed requires a width, so give the layout's design width.
    width: EMBED_DESIGN_WIDTH,
    height: target.height,
    ...(thumbnail ? { thumbnail_url: addressOf(thumbnail, site).href, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
  };
}
