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
});

export type Site = z.infer<typeof siteSchema>;
export const site: Site = siteSchema.parse(raw);
