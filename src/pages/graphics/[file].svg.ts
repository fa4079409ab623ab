/**
 * Each chapter graphic's drawings as SVG files (/graphics/<graphic-id>-<size>.svg), drawn by the
 * same components as the inline graphics of the embeds; the story page shows these as lazy images
 * so its first view does not carry nine drawings.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFile } from 'node:fs/promises';
import GraphicSvg from '../../components/graphics/GraphicSvg.astro';
import { loadContent } from '../../lib/build/loadContent';
import { graphicArrangements, type GraphicSize } from '../../lib/graphics/arrangements';
import { imageCss } from '../../lib/build/imageCss';
import { tokensCss } from '../../lib/design/tokens';
import { graphicImageSvg } from '../../lib/build/graphicImage';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  // The print drawing stays inline-only (embeds): the story page prints the column's.
  return content.graphics.flatMap((g) => (['small', 'medium'] as const).map((size) => ({ params: { file: `${g.id}-${size}` }, props: { id: g.id, size } })));
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { id, size } = props as { id: string; size: GraphicSize };
  const arrangement = graphicArrangements(id, await loadContent()).find((a) => a.size === size)!;
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(GraphicSvg, { props: { arrangement } });
  // Builds run from the project root: the page's own graphic styles and design tokens.
  const svg = graphicImageSvg(html, imageCss(tokensCss() + (await readFile('src/components/graphics/graphics.css', 'utf8'))));
  if (!svg) throw new Error(`chapter graphic ${id} (${size}): no SVG rendered`);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
