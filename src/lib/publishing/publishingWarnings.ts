/** What a production build says loudly when the published site would point readers nowhere. */
import type { Site } from '../content/site';
import { isReservedExample, siteAddress } from './siteAddress';

export function publishingWarnings(siteUrl: string | undefined, site: Pick<Site, 'publisher' | 'firstPublished'>): string[] {
  const warnings: string[] = [];
  if (siteAddress(siteUrl).placeholder)
    warnings.push(
      'SITE_URL is not set: canonical links, og:url, the sitemap, oEmbed and the data files will name a placeholder address. ' +
        'Pages fix Copy link, citations and embed codes in the browser, but crawlers and the data files cannot. ' +
        'Build with SITE_URL=https://your.host npm run build.',
    );
  if (isReservedExample(site.publisher.correctionsContact))
    warnings.push(`content/site.json → publisher.correctionsContact is a placeholder (${site.publisher.correctionsContact}): readers cannot reach anyone there.`);
  if (!site.firstPublished) warnings.push('content/site.json → firstPublished is not set: the About page says the site is not yet published.');
  return warnings;
}
