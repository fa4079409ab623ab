// @ts-check
import { defineConfig } from 'astro/config';
import { remarkCitations } from './src/lib/markdown/remarkCitations.ts';
import { claimLabelsFromEvents } from './src/lib/content/claimStatusLabels.ts';

const claimLabels = claimLabelsFromEvents('./content/events');

export default defineConfig({
  // The public address; used for canonical links, social previews and citations.
  site: process.env.SITE_URL ?? 'https://oreshnik-explainer.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    remarkPlugins: [[remarkCitations, { claimLabel: (/** @type {string} */ id) => claimLabels.get(id) }]],
  },
});
