/**
 * Each chapter's static map as an SVG file (/map-data/static/<chapter-id>.svg), drawn by the same
 * components as the inline maps of the embeds and the offline edition; the story page shows these
 * as lazy images so its first view does not carry nine maps.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFile } from 'node:fs/promises';
import StaticMap from '../../../components/map/StaticMap.astro';
import { loadContent } from '../../../lib/build/loadContent';
import { buildStoryData } from '../../../lib/story/buildStoryData';
import { imageCss } from '../../../lib/build/imageCss';
import { tokensCss } from '../../../lib/design/tokens';
import { mapImageSvg } from '../../../lib/build/mapImage';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.chapters.map((c, index) => ({ params: { id: c.id }, props: { index } }));
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { index } = props as { index: number };
  const content = await loadContent();
  const chapter = content.chapters[index];
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(StaticMap, {
    props: { id: chapter.id, view: buildStoryData(content).chapters[index].map, alt: chapter.data.alt, content },
  });
  // Builds run from the project root: the page's own map styles and design tokens.
  const css = tokensCss() + (await readFile('src/components/map/staticMap.css', 'utf8'));
  const svg = mapImageSvg(html, imageCss(css));
  if (!svg) throw new Error(`static map of ${chapter.id}: no SVG rendered`);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
