import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const site = await serveFolder('dist');
  project.provide('origin', site.origin);
  return () => site.close();
}
