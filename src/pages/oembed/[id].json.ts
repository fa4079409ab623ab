/** Static oEmbed responses, one per embed page: /oembed/<id>.json (found via each page's discovery link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/build/loadContent';
import { site } from '../../lib/content/site';
import { embedTargets, type EmbedTarget } from '../../lib/reuse/embeds';
import { oembedFor } from '../../lib/reuse/oembed';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return embedTargets(content.chapters.map((c) => ({ id: c.id, title: c.data.title }))).map((target) => ({
    params: { id: target.id },
    props: { target },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const { target } = props as { target: EmbedTarget };
  const body = oembedFor(target, { site: siteUrl!, siteTitle: site.title, providerName: site.siteName, thumbnail: `/og/${target.id}.png` });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
