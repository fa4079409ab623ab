/**
 * Social preview images, 1200×630 PNG, rendered at build from each chapter's static map
 * (/og/<chapter-id>.png), plus cards for the whole story, the timeline and the maps.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import sharp from 'sharp';
import StaticMap from '../../components/map/StaticMap.astro';
import { loadContent } from '../../lib/build/loadContent';
import { site } from '../../lib/content/site';
import { buildStoryData } from '../../lib/story/buildStoryData';
import { embedTargets } from '../../lib/reuse/embeds';
import { previewCardSvg, standaloneMapSvg, type PreviewCard } from '../../lib/reuse/previewCard';
import { readFile } from 'node:fs/promises';
import { tokensCss } from '../../lib/design/tokens';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const chapters = content.chapters;
  const targets = embedTargets(chapters.map((c) => ({ id: c.id, title: c.data.title })));
  return targets.map((target) => {
    const index = chapters.findIndex((c) => c.id === target.id);
    const chapter = chapters[index];
    const card: Omit<PreviewCard, 'mapSvg'> = chapter
      ? { kicker: `Chapter ${index + 1} of ${chapters.length}`, title: chapter.data.title, dek: chapter.data.dek, siteName: site.siteName }
      : { kicker: target.label, title: site.title, dek: site.description, siteName: site.siteName };
    return { params: { id: target.id }, props: { card, chapterIndex: chapter ? index : 0 } };
  });
}) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

/**
 * The renderer (librsvg) knows no system-ui: name a face it has, as the card's text does. The
 * labels are set a little larger, since previews are mostly seen small.
 */
const PREVIEW_CSS = `.sm-label { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15px; } .sm-label--country { font-size: 16px; }`;

/** The chapter's static map as the site renders it, so the preview matches the page. */
async function mapSvg(chapterIndex: number): Promise<string | undefined> {
  const content = await loadContent();
  const chapter = content.chapters[chapterIndex];
  const view = buildStoryData(content).chapters[chapterIndex].map;
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(StaticMap, {
    props: { id: `og-${chapter.id}`, view, alt: chapter.data.alt, content },
  });
  // Builds run from the project root; the map's look comes from the same stylesheets as the page.
  const css = [tokensCss(), ...(await Promise.all(['src/styles/global.css', 'src/components/map/staticMap.css'].map((f) => readFile(f, 'utf8'))))].join('\n');
  return standaloneMapSvg(html, css + PREVIEW_CSS);
}

export const GET: APIRoute = async ({ props }) => {
  const { card, chapterIndex } = props as { card: Omit<PreviewCard, 'mapSvg'>; chapterIndex: number };
  const svg = previewCardSvg({ ...card, mapSvg: await mapSvg(chapterIndex) });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
