import { describe, expect, test } from 'vitest';
import { jsonLdText } from '../../../src/lib/publishing/structuredData';
import { pagePublishing } from '../../../src/lib/publishing/pagePublishing';
import { robotsTxt } from '../../../src/lib/publishing/robots';
import { dataPackage } from '../../../src/lib/data/dataPackage';
import { DOWNLOADS, withBom } from '../../../src/lib/data/downloads';

const site = {
  title: 'An Explainer',
  headline: 'An explainer about a missile',
  description: 'What is known.',
  siteName: 'An Explainer — sourced',
  lang: 'en',
  asOf: '2026-11-26',
  licence: { text: 'Text and data: CC BY 4.0.', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: { name: 'A newsroom', correctionsContact: 'corrections@newsroom.org' },
};
const siteUrl = 'https://explainer.example.org/';

describe('pagePublishing', () => {
  test('the story is a BackgroundNewsArticle modified on the last correction, with oEmbed for the whole story', () => {
    const { oembed, structuredData } = pagePublishing('/', site, { siteUrl, lastCorrection: '2026-12-01' });
    expect(oembed).toEqual({ href: `${siteUrl}oembed/story.json`, title: 'The whole story — An Explainer' });
    expect(structuredData).toHaveLength(1);
    expect(structuredData[0]).toMatchObject({ '@type': 'BackgroundNewsArticle', url: siteUrl, dateModified: '2026-12-01', publisher: { name: 'A newsroom' } });
  });

  test('without corrections or a publication day, no date is made up', () => {
    const article = pagePublishing('/', site, { siteUrl }).structuredData[0];
    expect(article).not.toHaveProperty('dateModified');
    expect(article).not.toHaveProperty('datePublished');
    expect(pagePublishing('/', { ...site, firstPublished: '2027-01-05' }, { siteUrl }).structuredData[0]).toHaveProperty('datePublished', '2027-01-05');
  });

  test('the timeline carries the downloads as a Dataset and oEmbed for the timeline', () => {
    const { oembed, structuredData } = pagePublishing('/timeline/', site, { siteUrl });
    expect(oembed?.href).toBe(`${siteUrl}oembed/timeline.json`);
    const dataset = structuredData[0] as { '@type': string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((d) => d.contentUrl)).toEqual(DOWNLOADS.map((d) => new URL(d.path, siteUrl).href));
  });

  test('other pages get neither', () => {
    expect(pagePublishing('/method/', site, { siteUrl })).toEqual({ oembed: undefined, structuredData: [] });
  });
});

describe('jsonLdText', () => {
  test('no text inside can close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('dataPackage', () => {
  const pkg = dataPackage(site, siteUrl, '2026-12-01');

  test('lists every download with its format and the CC BY 4.0 licence', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(DOWNLOADS.map((d) => `${siteUrl}${d.path.slice(1)}`));
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: site.licence.url, title: site.licence.text }]);
    for (const r of pkg.resources) expect(r.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.name)).toEqual([...new Set(pkg.resources.map((r) => r.name))]);
  });

  test('a licence other than CC BY 4.0 is not mislabelled', () => {
    expect(dataPackage({ ...site, licence: { text: 'All rights reserved', url: 'https://newsroom.org/terms' } }, siteUrl, '2026-12-01').licenses[0].name).toBe('other');
  });
});

describe('withBom', () => {
  test('adds one byte-order mark, never two', () => {
    expect(withBom('id\r\n')).toBe('\uFEFFid\r\n');
    expect(withBom(withBom('id\r\n'))).toBe('\uFEFFid\r\n');
  });
});

describe('robotsTxt', () => {
  test('allows the site and names the sitemap', () => {
    expect(robotsTxt(`${siteUrl}sitemap-index.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap-index.xml\n`);
  });
});
