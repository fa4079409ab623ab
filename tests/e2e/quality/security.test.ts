/**
 * Security gate: a strict Content Security Policy on every built page (meta tag, plus the
 * headers file for what a meta tag cannot carry), no markup built from strings in our scripts,
 * and hostile addresses and messages that change nothing and throw nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launch, openPage, origin } from '../support/browser';
import { sha256 } from '../../../src/lib/build/cspHash';
import { builtPages } from './builtPages';

const pages = builtPages();

/** The policy a page's <meta http-equiv="content-security-policy"> declares, by directive. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
  const content = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.replace(/&#39;/g, "'").split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** Inline scripts the browser would execute (JSON data islands are not executed). */
const executableInlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , code]) => code);

describe.each(pages.map((p) => [p.path, p.file]))('Content Security Policy of %s', (_path, file) => {
  const html = readFileSync(file, 'utf8');
  const policy = metaPolicy(html);

  test('is declared in a meta tag that allows only our own origin', () => {
    expect(policy).toBeDefined();
    expect(policy!.get('default-src')).toEqual(["'self'"]);
    expect(policy!.get('object-src')).toEqual(["'none'"]);
    expect(policy!.get('base-uri')).toEqual(["'self'"]);
    for (const [directive, values] of policy!) {
      expect(values, directive).not.toContain('*');
      expect(values.filter((v) => /^(https?:|\*\.|\/\/)/.test(v)), `${directive} names another origin`).toEqual([]);
    }
  });

  test("never allows inline code without a hash, nor eval", () => {
    for (const directive of ['script-src', 'style-src']) {
      expect(policy!.get(directive), directive).toBeDefined();
      expect(policy!.get(directive)).not.toContain("'unsafe-inline'");
      expect(policy!.get(directive)).not.toContain("'unsafe-eval'");
    }
    const allowed = policy!.get('script-src')!;
    const inline = executableInlineScripts(html);
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) expect(allowed, `inline script ${code.slice(0, 60)}`).toContain(`'${sha256(code)}'`);
  });

  test('leaves frame-ancestors to the HTTP header, where browsers honour it', () => {
    expect(policy!.has('frame-ancestors')).toBe(false);
  });
});

describe('headers file for static hosts (public/_headers)', () => {
  /** Rules as path pattern → header lines, in the Netlify/Cloudflare _headers format. */
  const rules = new Map<string, string[]>();
  let current = '';
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set((current = line.trim()), []);
    else rules.get(current)?.push(line.trim());
  }
  const csp = (pattern: string) => rules.get(pattern)?.filter((h) => /^content-security-policy:/i.test(h)) ?? [];

  test('every page may be framed only by the site itself', () => {
    expect(csp('/*')).toEqual([expect.stringMatching(/frame-ancestors 'self'(;|$)/)]);
  });

  test('embed pages may be framed by anyone, replacing the site-wide rule', () => {
    expect(rules.get('/embed/*')).toContain('! Content-Security-Policy');
    expect(csp('/embed/*')).toEqual([expect.stringMatching(/frame-ancestors \*(;|$)/)]);
  });

  test('the header never restricts scripts or styles, so it cannot block what the meta policy hashes', () => {
    for (const header of [...csp('/*'), ...csp('/embed/*')]) {
      expect(header).not.toMatch(/(default|script|style)-src/);
    }
  });
});

test('no browser script builds markup from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|js|mjs|astro)$/.test(d.name) ? [join(dir, d.name)] : [],
    );
  const offenders = [...files('src/scripts'), ...files('src/lib'), ...files('src/components'), ...files('src/pages'), ...files('src/layouts')].flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
      .filter(({ line }) => /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment/.test(line))
      .map(({ at }) => at),
  );
  expect(offenders).toEqual([]);
});

describe('hostile addresses and messages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  const HOSTILE = [
    '#<script>window.__pwned=1</script>',
    '#%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
    '#javascript:window.__pwned=1',
    '#event-%3Csvg%20onload%3D%22window.__pwned%3D1%22%3E',
    '#%',
    '#' + 'x'.repeat(100_000),
    '?present=<script>window.__pwned=1</script>',
    '?present=javascript:window.__pwned=1&chapter=%3Cimg%20src=x%20onerror=window.__pwned=1%3E',
    // Long, but under the ~8 KB request line static hosts accept (they answer 414 beyond it).
    '?' + 'a=%3Cscript%3E&'.repeat(400),
    '?embed=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E#%E0%A4%A',
  ];
  const MESSAGES = [
    '<img src=x onerror="window.__pwned=1">',
    { type: 'height', height: '<script>window.__pwned=1</script>' },
    { type: 'oreshnik:height', height: 1e12 },
    { type: 'oreshnik:height', height: -5 },
    { type: 'oreshnik:select', id: '__proto__' },
    { chapterId: 'javascript:window.__pwned=1', eventId: '<b>x</b>' },
    '{"__proto__":{"polluted":true},"type":"oreshnik:height","height":100}',
    'x'.repeat(1_000_000),
    null,
    42,
  ];

  /** What a reader sees: the text and the elements, by tag (so a failure names what changed), which a hostile value must not change. */
  const snapshot = () => {
    const elements: Record<string, number> = {};
    for (const el of document.getElementsByTagName('*')) elements[el.localName] = (elements[el.localName] ?? 0) + 1;
    return {
      text: document.body.innerText,
      elements,
      pwned: 'pwned' in window || '__pwned' in window || ({} as Record<string, unknown>).polluted !== undefined,
    };
  };

  /**
   * The snapshot once the page has settled: two reads 250 ms apart agree. Pages keep changing for
   * a while after the network is idle without any help from the address (a lazily started map
   * adding its canvas and markers, a script chunk still parsing), and a snapshot taken mid-way
   * would differ from the baseline for reasons that have nothing to do with the hostile value.
   * Content a hostile value injects or removes stays injected or removed, so it is still caught.
   */
  const settled = async (page: Page) => {
    let previous = await page.evaluate(snapshot);
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(250);
      const next = await page.evaluate(snapshot);
      if (JSON.stringify(next) === JSON.stringify(previous)) return next;
      previous = next;
    }
    return previous;
  };

  test.each(pages.map((p) => [p.path]))('%s: hostile ? and # values and postMessage data change nothing and throw nothing', async (path) => {
    const { context, page, errors } = await openPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      const baseline = await settled(page);
      // Each value as a fresh load, as from a shared link. (Going straight from path to path#x would
      // only change the fragment of the open page, so scripts would never start with it.)
      for (const suffix of HOSTILE) {
        await page.goto('about:blank');
        await page.goto(origin() + path + suffix, { waitUntil: 'networkidle' });
        expect(await settled(page), `loading ${suffix.slice(0, 80)}`).toEqual(baseline);
      }
      // Each fragment also as a change of the open page's address (hashchange handlers).
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      for (const suffix of HOSTILE.filter((s) => s.startsWith('#'))) {
        await page.goto(origin() + path + suffix);
        expect(await settled(page), `then changing the fragment to ${suffix.slice(0, 80)}`).toEqual(baseline);
      }
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      for (const message of MESSAGES) {
        await page.evaluate((m) => window.postMessage(m, '*'), message);
        for (const frame of page.frames().slice(1)) await frame.evaluate((m) => window.parent.postMessage(m, '*'), message).catch(() => undefined);
      }
      expect(await settled(page)).toEqual(baseline);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
