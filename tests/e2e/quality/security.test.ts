/**
 * Security gate: a strict Content Security Policy on every built page (meta tag, plus the
 * headers file for what a meta tag cannot carry), no markup built from strings in our scripts,
 * hostile addresses that change nothing and throw nothing on one page of each template, and
 * hostile messages that the embed host script ignores.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, browser, origin, withPage } from '../support/browser';
import { hostSite, snippetFor, type HostSite } from '../support/hostSite';
import { settled } from '../support/signals';
import { sha256 } from '../../../src/lib/build/cspHash';
import { builtPages, templatePages } from './builtPages';

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

/** Dialogs a page opened (an alert() would be injected code running); each is dismissed. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

describe('hostile addresses', () => {
  const FRAGMENTS = [
    '#<script>window.__pwned=1</script>',
    '#%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
    '#javascript:window.__pwned=1',
    '#event-%3Csvg%20onload%3D%22window.__pwned%3D1%22%3E',
    '#%',
    '#' + 'x'.repeat(100_000),
    '#%E0%A4%A',
  ];
  const QUERIES = [
    '?present=<script>window.__pwned=1</script>',
    '?present=javascript:window.__pwned=1&chapter=%3Cimg%20src=x%20onerror=window.__pwned=1%3E',
    // Long, but under the ~8 KB request line static hosts accept (they answer 414 beyond it).
    '?' + 'a=%3Cscript%3E&'.repeat(400),
    '?embed=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E',
  ];
  // Each load carries a hostile query and a hostile fragment, so every value reaches the scripts
  // that read the address in as few loads as there are fragments; the first fragments also go alone.
  const ADDRESSES = FRAGMENTS.map((fragment, i) => (QUERIES[i - (FRAGMENTS.length - QUERIES.length)] ?? '') + fragment);

  // Each page once it has settled (support/signals.ts): content a hostile value injects or removes stays injected or removed.
  test.each(templatePages().map((p) => [p.path]))('%s: hostile ? and # values change nothing and throw nothing', async (path) => {
    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' }, async (watched) => {
      const { page, errors } = watched;
      const dialogs = recordDialogs(page);
      const load = async (url: string) => {
        await page.goto(url);
        await settled(watched);
        return page.evaluate(snapshot);
      };
      const baseline = await load(origin() + path);
      // Each address as a fresh load, as from a shared link. (Going straight from path to path#x would
      // only change the fragment of the open page, so scripts would never start with it.)
      for (const suffix of ADDRESSES) {
        await page.goto('about:blank');
        expect(await load(origin() + path + suffix), `loading ${suffix.slice(0, 80)}`).toEqual(baseline);
      }
      // Each fragment also as a change of the open page's address (hashchange handlers).
      await load(origin() + path);
      for (const suffix of FRAGMENTS) {
        expect(await load(origin() + path + suffix), `then changing the fragment to ${suffix.slice(0, 80)}`).toEqual(baseline);
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

/**
 * Only the embed host script (/embed/host.js, on other sites' pages) listens to messages. Hostile
 * data from the embed's own frame (right window and origin: only the message's shape protects),
 * and perfectly shaped messages from the host page itself and from another frame, must not resize
 * the frame nor change the host page. A trusting listener (a fixture) proves the check can fail.
 */
describe('hostile messages to the embed host script', () => {
  const MESSAGES = [
    '<img src=x onerror="window.__pwned=1">',
    { type: 'height', height: '<script>window.__pwned=1</script>' },
    { type: 'oreshnik:height', height: '<script>window.__pwned=1</script>' },
    { type: 'oreshnik:height', height: 1e12 },
    { type: 'oreshnik:height', height: -5 },
    { type: 'oreshnik:height', height: 100, extra: true },
    { type: 'oreshnik:height', height: 100, id: '<b>x</b>' },
    { type: 'oreshnik:select', id: '__proto__' },
    { chapterId: 'javascript:window.__pwned=1', eventId: '<b>x</b>' },
    '{"__proto__":{"polluted":true},"type":"oreshnik:height","height":100}',
    'x'.repeat(1_000_000),
    null,
    42,
  ];
  const WELL_SHAPED = (height: number) => ({ type: 'oreshnik:height', height });
  /** Resizes embeds to any height any message names: what host.js must never be. */
  const TRUSTING_HOST = `addEventListener('message', (e) => {
    let d = e.data;
    try { if (typeof d === 'string') d = JSON.parse(d); } catch {}
    if (d && d.height !== undefined) for (const f of document.querySelectorAll('iframe[data-oreshnik-embed]')) f.style.height = d.height + 'px';
  });`;

  let site: HostSite;
  beforeAll(async () => {
    site = await hostSite();
  });
  afterAll(() => site?.close());

  /** Every change the messages made to the host page: frame heights set, text or elements changed, dialogs, errors. */
  async function changesFrom(hostUrl: string): Promise<string[]> {
    return withPage(browser, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
      const { context, page, errors } = watched;
      const dialogs = recordDialogs(page);
      // Every height any script gives an embed frame on the host page, in order.
      await context.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __heights: string[] }).__heights = []);
        new MutationObserver((records) => {
          for (const r of records) if (r.target instanceof HTMLIFrameElement && r.target.hasAttribute('data-oreshnik-embed')) seen.push(r.target.style.height);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
      });
      await page.goto(hostUrl);
      const embed = (await (await page.waitForSelector('iframe[data-oreshnik-embed]')).contentFrame())!;
      await embed.waitForLoadState();
      await settled(watched, embed);
      // The embed reported its height and the host applied it: the host script is listening.
      await page.waitForFunction(() => (window as unknown as { __heights: string[] }).__heights.length > 0);
      const baseline = await page.evaluate(snapshot);
      const before = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights.splice(0).at(-1)!);
      await page.evaluate(
        ({ messages, shaped }) => {
          const other = document.getElementById('other') as HTMLIFrameElement;
          for (const m of [...messages, shaped]) {
            window.postMessage(m, '*');
            other.contentWindow!.parent.postMessage(m, '*');
          }
        },
        { messages: MESSAGES, shaped: WELL_SHAPED(123) },
      );
      // From the embed itself, last a true report: once it is applied, every earlier message has been handled.
      const sentinel = parseFloat(before) + 37;
      await embed.evaluate(
        ({ messages, last }) => {
          for (const m of messages) window.parent.postMessage(m, '*');
          window.parent.postMessage(last, '*');
        },
        { messages: MESSAGES, last: WELL_SHAPED(sentinel) },
      );
      await page.waitForFunction((h) => (window as unknown as { __heights: string[] }).__heights.includes(h), `${sentinel}px`);
      const heights = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
      const after = await page.evaluate(snapshot);
      return [
        ...heights.slice(0, heights.indexOf(`${sentinel}px`)).map((h) => `frame height set to ${h.slice(0, 40)}`),
        ...(JSON.stringify(after) === JSON.stringify(baseline) ? [] : [`host page changed: ${JSON.stringify(after).slice(0, 200)}`]),
        ...dialogs.map((d) => `dialog: ${d}`),
        ...errors.map((e) => `error: ${e}`),
      ];
    });
  }

  const OTHER_FRAME = '<iframe id="other" title="Other" srcdoc="<p>x</p>"></iframe>';

  test('host.js ignores them all', async () => {
    expect(await changesFrom(await site.page('hostile', `${await snippetFor('where-it-is')}${OTHER_FRAME}`))).toEqual([]);
  });

  test('a host listener that trusts every message fails the same check', async () => {
    const trusting = await site.file('trusting-host.js', TRUSTING_HOST);
    const snippet = (await snippetFor('where-it-is')).replace(/<script[^>]*><\/script>/, `<script src="${trusting}"></script>`);
    expect(snippet).toContain(trusting);
    expect(await changesFrom(await site.page('trusting', `${snippet}${OTHER_FRAME}`))).toEqual(
      expect.arrayContaining(['frame height set to 1e+12px', 'frame height set to 123px']),
    );
  });
});
