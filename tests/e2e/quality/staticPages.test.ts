/**
 * Facts of every built page that need no browser, read from the files in dist/: the document's
 * language, zoom never disabled, and the site's title and heading on the home page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages } from './builtPages';

const pages = builtPages();
const attribute = (tag: string | undefined, name: string) => (tag ? new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] : undefined);

describe('document basics on every page', () => {
  test.each(pages.map((p) => [p.path, p.file]))('%s declares its language and never disables zoom', (_path, file) => {
    const html = readFileSync(file, 'utf8');
    expect(attribute(/<html\b[^>]*>/.exec(html)?.[0], 'lang')).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    const viewports = [...html.matchAll(/<meta\b[^>]*\sname="viewport"[^>]*>/g)].map((m) => attribute(m[0], 'content') ?? '');
    expect(viewports).toHaveLength(1);
    const [viewport] = viewports;
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/i);
    const maxScale = /maximum-scale\s*=\s*([\d.]+)/i.exec(viewport);
    if (maxScale) expect(Number(maxScale[1])).toBeGreaterThanOrEqual(5);
  });
});

test('the home page names Oreshnik in its title and its main heading', () => {
  const html = readFileSync(pages.find((p) => p.path === '/')!.file, 'utf8');
  expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toMatch(/Oreshnik/);
  expect(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '')).toMatch(/Oreshnik/);
});
