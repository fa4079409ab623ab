/**
 * Validity gate: the W3C Nu HTML checker finds no error in any built page, and every internal
 * link and #anchor resolves to a built file and an element id.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, builtPages } from './builtPages';

const pages = builtPages();
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the Nu HTML checker reports 0 errors on every built page', { timeout: 120_000 }, async () => {
  // One JVM for every page; vnu exits non-zero when it finds errors, so read its report either way.
  const run = await promisify(execFile)('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages.map((p) => p.file)], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: { stdout: string; stderr: string }) => e);
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    // vnu's CSS checker predates container queries (Baseline 2023); only those two messages are let through.
    .filter((m) => !/^CSS: (“container-type”: Property “container-type” doesn't exist|Unrecognized at-rule “@container”)/.test(m.message))
    .map((m) => `${m.url.replace(/^file:.*?\/(?=[^/]*$)/, '')}:${m.lastLine}: ${m.message} ${m.extract?.trim().slice(0, 80) ?? ''}`);
  expect(errors).toEqual([]);
});

/** What a static host serves for a path, or undefined if it would 404 (as anything outside the base does). */
function fileFor(pathname: string): string | undefined {
  if (!`${pathname}/`.startsWith(BASE)) return undefined;
  const decoded = join(DIST, decodeURIComponent(pathname.slice(BASE.length - 1)));
  if (existsSync(decoded) && statSync(decoded).isFile()) return decoded;
  const index = join(decoded, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]));
    idsCache.set(file, ids);
  }
  return ids;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('internal links', () => {
  // Links to the public address (the home page's canonical URL) count as internal too.
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  const site = new URL(canonical ?? 'https://site.invalid/');

  test.each(pages.map((p) => [p.path, p.file]))('%s: every internal href and #anchor resolves', (path, file) => {
    const html = readFileSync(file, 'utf8');
    const base = new URL(BASE + path.slice(1), 'http://local');
    const broken: string[] = [];
    for (const [, raw] of html.matchAll(/<(?:a|link|area)\b[^>]*\shref="([^"]*)"/g)) {
      const href = decodeEntities(raw);
      const url = new URL(href, base);
      if (url.origin !== base.origin && url.origin !== site.origin) continue;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${href}: no such file in dist/`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (url.hash && target.endsWith('.html') && !idsIn(target).has(fragment)) broken.push(`${href}: no element with id "${fragment}"`);
    }
    expect(broken).toEqual([]);
  });
});
