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
    origin: string;
    /** Chromium with WebGL (software, SwiftShader). */
    browserEndpoint: string;
    /** The same Chromium with WebGL switched off, for the static-map fallbacks. */
    noWebglEndpoint: string;
  }
}

// DIST_DIR lets one engineer test a build of their own while others rebuild dist/.
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
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
  const site = await serveFolder(DIST_DIR);
  const [webgl, noWebgl] = await Promise.all([serve(), serve(['--disable-webgl', '--disable-3d-apis'])]);
  project.provide('origin', site.origin);
  project.provide('browserEndpoint', webgl.wsEndpoint());
  project.provide('noWebglEndpoint', noWebgl.wsEndpoint());
  return async () => {
    await Promise.all([webgl.close(), noWebgl.close()]);
    await site.close();
  };
}
