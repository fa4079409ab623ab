/** robots.txt: the whole site may be crawled; crawlers are pointed at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
