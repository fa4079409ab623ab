/**
 * Serves the design tokens as a stylesheet (`import 'virtual:design-tokens.css'`), generated at
 * build time from src/lib/design/tokens.ts: bundled with the page's CSS like any other, so no
 * extra request and nothing for the Content Security Policy to allow.
 */
import type { Plugin } from 'vite';
import { tokensCss } from '../design/tokens.ts';

export const DESIGN_TOKENS_MODULE = 'virtual:design-tokens.css';
const RESOLVED = `\0${DESIGN_TOKENS_MODULE}`;

export function designTokensPlugin(): Plugin {
  return {
    name: 'oreshnik:design-tokens',
    resolveId: (id) => (id === DESIGN_TOKENS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
  };
}
