/**
 * The timeline's chart in each orientation as an SVG file (/timeline/chart/<orientation>.svg), drawn
 * by the same component as the full timeline's inline charts: the story page shows these as lazy
 * images so its HTML does not carry two charts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFile } from 'node:fs/promises';
import TimelineChart from '../../../components/timeline/TimelineChart.astro';
import { loadContent } from '../../../lib/build/loadContent';
import { tokensCss } from '../../../lib/design/tokens';
import { ORIENTATIONS, chartImageSvg, timelineChart } from '../../../lib/time/timelineChart';
import type { Orientation } from '../../../lib/time/timelineLayout';

export const getStaticPaths = (() => ORIENTATIONS.map((orientation) => ({ params: { orientation } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = timelineChart(await loadContent());
  const html = await (await AstroContainer.create()).renderToString(TimelineChart, {
    props: { layout: chart.layouts[params.orientation as Orientation], events: chart.eventData },
  });
  // Builds run from the project root: the design tokens and the chart's own styles.
  const css = tokensCss() + (await readFile('src/components/timeline/timelineChart.css', 'utf8'));
  return new Response(chartImageSvg(html, css), { headers: { 'Content-Type': 'image/svg+xml' } });
};
