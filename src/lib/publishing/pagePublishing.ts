/**
 * What search engines and CMSs get beyond the page itself, chosen by the page's path so pages need
 * not repeat it: oEmbed discovery for the story and the timeline, and their JSON-LD.
 */
import type { Site } from '../content/site';
import { DOWNLOADS } from '../data/downloads';
import { embedTargets, embedTitle, type EmbedTarget } from '../reuse/embeds';
import { oembedPath } from '../reuse/oembed';
import { downloadsDataset, storyArticle } from './structuredData';
import { addressOf } from './siteAddress';

type Publishing = Parameters<typeof storyArticle>[0] & Pick<Site, 'title'>;

/** The embed a pasted address of this page becomes, by path. */
const OEMBED_BY_PATH: Record<string, string> = { '/': 'story', '/timeline/': 'timeline' };

export interface PagePublishing {
  oembed?: { href: string; title: string };
  structuredData: object[];
}

export function pagePublishing(
  path: string,
  site: Publishing,
  options: { siteUrl: string | URL; image?: string; imageAlt?: string; lastCorrection?: string },
): PagePublishing {
  const { siteUrl } = options;
  const embedId = OEMBED_BY_PATH[path];
  const target: EmbedTarget | undefined = embedId ? embedTargets([]).find((t) => t.id === embedId) : undefined;
  const oembed = target && { href: addressOf(oembedPath(target), siteUrl).href, title: embedTitle(target, site.title) };
  const url = addressOf(path, siteUrl).href;
  const structuredData =
    path === '/'
      ? [storyArticle(site, { url, image: options.image, imageAlt: options.imageAlt, dateModified: options.lastCorrection })]
      : path === '/timeline/'
        ? [
            downloadsDataset(site, {
              url: `${url}#data`,
              siteUrl,
              name: `${site.title}: timeline events, sources and places`,
              description: `The data behind ${site.title}: every dated event with its claim status and sources, every cited source with the verbatim excerpt that supports it, and the places on the maps. Generated from the same content as the pages.`,
              downloads: DOWNLOADS,
              dateModified: options.lastCorrection,
            }),
          ]
        : [];
  return { oembed, structuredData };
}
