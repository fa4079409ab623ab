// @ts-check
import { defineConfig } from 'astro/config';
import { remarkCitations } from './src/lib/markdown/remarkCitations.ts';
import { claimLabelsFromEvents } from './src/lib/build/claimLabelsFromEvents.ts';
import { sha256 } from './src/lib/build/cspHash.ts';
import { JS_CLASS_SCRIPT } from './src/lib/security/inlineScripts.ts';
import { CSP_DIRECTIVES } from './src/lib/security/contentSecurityPolicy.ts';

const claimLabels = claimLabelsFromEvents('./content/events');

export default defineConfig({
  // The public address; used for canonical links, social previews and citations.
  site: process.env.SITE_URL ?? 'https://oreshnik-explainer.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
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
    remarkPlugins: [[remarkCitations, { claimLabel: (/** @type {string} */ id) => claimLabels.get(id) }]],
  },
});
