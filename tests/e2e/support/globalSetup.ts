import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

// DIST_DIR lets one engineer test a build of their own while others rebuild dist/.
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` first (npm test does).`);
  const site = await serveFolder(DIST_DIR);
  project.provide('origin', site.origin);
  return () => site.close();
}
