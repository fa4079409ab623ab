/**
 * schema.org JSON-LD for search engines: the story as a BackgroundNewsArticle, the downloads as a
 * Dataset. Dates come from the content (first published, the corrections log), never from the build clock.
 */
import type { Site } from '../content/site';
import type { Download } from '../data/downloads';
import { addressOf } from './siteAddress';

type Publishing = Pick<Site, 'headline' | 'description' | 'lang' | 'licence' | 'publisher' | 'firstPublished' | 'siteName'>;

const organisation = (site: Publishing) => ({ '@type': 'Organization', name: site.publisher.name });

export function storyArticle(site: Publishing, options: { url: string; image?: string; imageAlt?: string; dateModified?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BackgroundNewsArticle',
    headline: site.headline,
    description: site.description,
    url: options.url,
    inLanguage: site.lang,
    isAccessibleForFree: true,
    license: site.licence.url,
    publisher: organisation(site),
    author: organisation(site),
    ...(options.image ? { image: { '@type': 'ImageObject', url: options.image, width: 1200, height: 630, caption: options.imageAlt } } : {}),
    ...(site.firstPublished ? { datePublished: site.firstPublished } : {}),
    ...(options.dateModified ? { dateModified: options.dateModified } : {}),
  };
}

export function downloadsDataset(site: Publishing, options: { url: string; siteUrl: string | URL; name: string; description: string; downloads: readonly Download[]; dateModified?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: options.name,
    description: options.description,
    url: options.url,
    inLanguage: site.lang,
    isAccessibleForFree: true,
    license: site.licence.url,
    creator: organisation(site),
    publisher: organisation(site),
    ...(options.dateModified ? { dateModified: options.dateModified } : {}),
    distribution: options.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.title,
      contentUrl: addressOf(d.path, options.siteUrl).href,
      encodingFormat: d.mediatype,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');
