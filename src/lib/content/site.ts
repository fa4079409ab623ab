import { z } from 'astro/zod';
import raw from '../../../content/site.json';
import { partialDate } from './schemas';

export const siteSchema = z.object({
  title: z.string(),
  headline: z.string(),
  description: z.string(),
  siteName: z.string(),
  lang: z.string(),
  /** The day the content was last checked against its sources. */
  asOf: partialDate,
  licence: z.object({ text: z.string(), url: z.url() }),
  /** Who stands behind the site, and where readers send corrections (an e-mail address or a page). */
  publisher: z.object({
    name: z.string().min(1),
    correctionsContact: z.union([z.email(), z.url()], { error: 'an e-mail address or an absolute URL' }),
  }),
  /** The day the site first went public (YYYY-MM-DD); absent until it has. */
  firstPublished: z.iso.date().optional(),
});

export type Site = z.infer<typeof siteSchema>;
export const site: Site = siteSchema.parse(raw);
