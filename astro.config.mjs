// @ts-check
import { defineConfig } from 'astro/config';
import { remarkCitations } from './src/lib/markdown/remarkCitations.ts';
import { remarkSteps } from './src/lib/markdown/remarkSteps.ts';
import { claimLabelsFromEvents } from './src/lib/build/claimLabelsFromEvents.ts';
import { sha256 } from './src/lib/build/cspHash.ts';
import { JS_CLASS_SCRIPT } from './src/lib/security/inlineScripts.ts';
import { CSP_DIRECTIVES } from './src/lib/security/contentSecurityPolicy.ts';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { designTokensPlugin } from './src/lib/build/designTokensPlugin.ts';
import { headersUnderBase, siteAddress, withoutBase } from './src/lib/publishing/siteAddress.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { publishingWarnings } from './src/lib/publishing/publishingWarnings.ts';
import { site as siteContent } from './src/lib/content/site.ts';

const claimLabels = claimLabelsFromEvents('./content/events');

/** The path the site is served under: '/' at a domain's root, '/<repo>/' for a GitHub Pages project site. */
const BASE = process.env.BASE_PATH?.trim() || '/';

/** Where the client build writes the notices of the libraries it bundles (read by /licences/). */
const LICENCE_NOTICES = 'licences/notices.json';
/** Paths that are not pages for readers to find by search: frames, cards, oEmbed, data files and timeline entries fetched on demand. */
const NOT_IN_SITEMAP = /^\/(embed|og|oembed|data|map-data|404|timeline\/entries)(\/|$)/;

/** @type {import('astro').AstroIntegration} */
const publishing = {
  name: 'oreshnik:publishing',
  hooks: {
    'astro:config:setup': ({ command, config, logger, updateConfig }) => {
      if (command === 'build') for (const warning of publishingWarnings(process.env.SITE_URL, siteContent)) logger.warn(warning);
      updateConfig({
        vite: {
          plugins: [designTokensPlugin()],
          define: { __LICENCE_NOTICES__: JSON.stringify(fileURLToPath(new URL(LICENCE_NOTICES, config.outDir))) },
          // Astro replaces the client environment's build options, so this is set for every build; the
          // prerender build's copy lands in its temporary folder, which Astro deletes.
          build: { license: { fileName: LICENCE_NOTICES } },
        },
      });
    },
    // Repeated at the end, where a long build log is read.
    'astro:build:done': ({ dir, logger }) => {
      // public/_headers names paths from the domain's root; under a base they start there.
      const headers = new URL('_headers', dir);
      if (BASE !== '/') writeFileSync(headers, headersUnderBase(readFileSync(headers, 'utf8'), BASE));
      for (const warning of publishingWarnings(process.env.SITE_URL, siteContent)) logger.warn(warning);
    },
  },
};

export default defineConfig({
  // The public address; used for canonical links, social previews and citations.
  site: siteAddress(process.env.SITE_URL).url,
  base: BASE,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [publishing, sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(withoutBase(new URL(page).pathname, BASE)) })],
  // Content Security Policy as a <meta> tag on every page: Astro adds hashes of the scripts and
  // styles it bundles; ours is the one inline script. frame-ancestors only works as an HTTP
  // header, so it lives in public/_headers.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [sha256(JS_CLASS_SCRIPT)] },
    },
  },
  markdown: {
    // Shiki's inline styles would break the CSP; the chapters have no code blocks.
    syntaxHighlight: false,
    // Steps first: the citations' claim labels are counted per step.
    remarkPlugins: [remarkSteps, [remarkCitations, { claimLabel: (/** @type {string} */ id) => claimLabels.get(id) }]],
  },
});
