/**
 * datapackage.json (Frictionless Data Package v1): what each download is, in which format, under
 * which licence. Quoted excerpts inside sources.json remain their publishers'; the package says so.
 */
import type { Site } from '../content/site';
import { DOWNLOADS } from './downloads';
import { addressOf } from '../publishing/siteAddress';

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

export function dataPackage(site: Pick<Site, 'title' | 'description' | 'licence' | 'asOf' | 'publisher'>, siteUrl: string | URL, updated: string) {
  const licences = [{ name: site.licence.url === CC_BY_4 ? 'CC-BY-4.0' : 'other', path: site.licence.url, title: site.licence.text }];
  return {
    profile: 'data-package',
    name: 'oreshnik-belarus-explainer',
    title: `${site.title}: data`,
    description: `The data behind ${site.title}, generated from the same content as the pages. ${site.licence.text}`,
    homepage: addressOf('/', siteUrl).href,
    version: updated,
    created: site.asOf,
    licenses: licences,
    contributors: [{ title: site.publisher.name, role: 'publisher' }],
    resources: DOWNLOADS.map((d) => ({
      name: d.name,
      path: addressOf(d.path, siteUrl).href,
      title: d.title,
      format: d.format,
      mediatype: d.mediatype,
      encoding: 'utf-8',
      licenses: licences,
    })),
  };
}
