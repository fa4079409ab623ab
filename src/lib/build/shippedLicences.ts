/**
 * Reads the licence notices the client build wrote (Vite build.license, set up in astro.config.mjs).
 * Astro builds the client bundle before it renders pages, so the file exists when /licences/ renders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseNotices, type LicenceNotice } from '../publishing/licences';

declare const __LICENCE_NOTICES__: string | undefined;

/** The notices of what ships, or undefined outside a build (the dev server bundles nothing). */
export function shippedLicences(): LicenceNotice[] | undefined {
  const file = typeof __LICENCE_NOTICES__ === 'string' ? __LICENCE_NOTICES__ : undefined;
  if (!file || !existsSync(file)) return undefined;
  return parseNotices(JSON.parse(readFileSync(file, 'utf8')));
}

/** Packages the site serves unchanged for other sites' pages (not part of its own bundle), with their notices. */
export function servedToHostPages(): LicenceNotice[] {
  return ['pym.js'].map((name) => {
    const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string };
    return { name, version: pkg.version, identifier: pkg.license, text: readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim() };
  });
}
