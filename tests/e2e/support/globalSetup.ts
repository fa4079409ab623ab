/**
 * Once per run: serves dist/ on 127.0.0.1 and starts the browsers every test file connects to
 * (support/browser.ts), so 14 files share two browser processes instead of launching their own.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the site is served, without a trailing slash: the origin, plus the base path of a BASE_PATH build. */
    origin: string;
    /** Chromium with WebGL (software, SwiftShader). */
    browserEndpoint: string;
    /** The same Chromium with WebGL switched off, for the static-map fallbacks. */
    noWebglEndpoint: string;
  }
}

// DIST_DIR lets one engineer test a build of their own while others rebuild dist/.
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
// A build made with BASE_PATH (a GitHub Pages project site) is tested served under the same path.
export const BASE_PATH = (process.env.BASE_PATH?.trim() || '/').replace(/\/*$/, '/');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const serve = (extraArgs: string[] = []): Promise<BrowserServer> => chromium.launchServer({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` first (npm test does).`);
  const site = await serveFolder(DIST_DIR, 0, '127.0.0.1', { base: BASE_PATH });
  const [webgl, noWebgl] = await Promise.all([serve(), serve(['--disable-webgl', '--disable-3d-apis'])]);
  project.provide('origin', site.origin + BASE_PATH.slice(0, -1));
  project.provide('browserEndpoint', webgl.wsEndpoint());
  project.provide('noWebglEndpoint', noWebgl.wsEndpoint());
  return async () => {
    await Promise.all([webgl.close(), noWebgl.close()]);
    await site.close();
  };
}
