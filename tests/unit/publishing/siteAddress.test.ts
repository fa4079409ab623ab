import { describe, expect, test } from 'vitest';
import { addressOf, headersUnderBase, isReservedExample, PLACEHOLDER_SITE, rebaseUrls, siteAddress, sitePath, withoutBase } from '../../../src/lib/publishing/siteAddress';
import { publishingWarnings } from '../../../src/lib/publishing/publishingWarnings';
import { contactHref } from '../../../src/lib/publishing/contact';

describe('siteAddress', () => {
  test('SITE_URL wins; without it (or blank) the placeholder is used and says so', () => {
    expect(siteAddress('https://news.example.org')).toEqual({ url: 'https://news.example.org', placeholder: false });
    expect(siteAddress(undefined)).toEqual({ url: PLACEHOLDER_SITE, placeholder: true });
    expect(siteAddress('  ')).toEqual({ url: PLACEHOLDER_SITE, placeholder: true });
  });
});

describe('rebaseUrls', () => {
  const from = 'https://oreshnik-explainer.example/';
  const to = 'http://127.0.0.1:4321/';

  test('moves every link in a citation or an embed code to the served address', () => {
    const snippet = `<iframe src="${from}embed/story/"></iframe>\n<script src="${from}embed/host.js" async></script>`;
    expect(rebaseUrls(snippet, from, to)).toBe(`<iframe src="${to}embed/story/"></iframe>\n<script src="${to}embed/host.js" async></script>`);
    expect(rebaseUrls(`Retrieved 1 May 2027, from ${from}#where-it-is`, from, to)).toBe(`Retrieved 1 May 2027, from ${to}#where-it-is`);
  });

  test('leaves other addresses, including sources on other sites, alone', () => {
    const text = 'Source: https://www.reuters.com/world/ and https://oreshnik-explainer.example.org/';
    expect(rebaseUrls(text, from, to)).toBe(text);
  });

  test('does nothing when the page is served where it was built for', () => {
    expect(rebaseUrls(`${from}#a`, from, from)).toBe(`${from}#a`);
  });
});

describe('isReservedExample', () => {
  test('knows the reserved stand-in domains, in e-mail addresses and URLs', () => {
    expect(isReservedExample('maintainers@users.noreply.seed.example')).toBe(true);
    expect(isReservedExample('https://example.com/contact')).toBe(true);
    expect(isReservedExample('corrections@site.test')).toBe(true);
    expect(isReservedExample('corrections@newsroom.org')).toBe(false);
    expect(isReservedExample('https://newsroom.org/contact')).toBe(false);
    expect(isReservedExample('https://examples.org/contact')).toBe(false);
  });
});

describe('publishingWarnings', () => {
  const ready = { publisher: { name: 'A newsroom', correctionsContact: 'corrections@newsroom.org' }, firstPublished: '2027-01-05' };

  test('a build ready to publish is quiet', () => {
    expect(publishingWarnings('https://newsroom.org', ready)).toEqual([]);
  });

  test('names each thing that would point readers nowhere', () => {
    const warnings = publishingWarnings(undefined, { publisher: { name: 'A newsroom', correctionsContact: 'x@y.example' } });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/SITE_URL is not set/);
    expect(warnings[1]).toMatch(/correctionsContact is a placeholder \(x@y\.example\)/);
    expect(warnings[2]).toMatch(/firstPublished/);
  });
});

describe('contactHref', () => {
  test('an e-mail address becomes a mailto link, a page stays a page', () => {
    expect(contactHref('corrections@newsroom.org')).toBe('mailto:corrections@newsroom.org');
    expect(contactHref('https://newsroom.org/corrections')).toBe('https://newsroom.org/corrections');
  });
});

describe('paths under the base the site is built for', () => {
  test('at a domain root paths stay as they are; under a project path every root path moves under it', () => {
    expect(sitePath('/timeline/#data', '/')).toBe('/timeline/#data');
    expect(sitePath('/timeline/#data', '/oreshnik/')).toBe('/oreshnik/timeline/#data');
    expect(sitePath('/', '/oreshnik')).toBe('/oreshnik/');
    expect(addressOf('/embed/story/', 'https://someone.github.io', '/oreshnik/').href).toBe('https://someone.github.io/oreshnik/embed/story/');
  });

  test('fragments, relative paths and other sites are left alone', () => {
    for (const path of ['#event-x', 'embed/', '//cdn.example/x.js', 'https://example.org/']) expect(sitePath(path, '/oreshnik/')).toBe(path);
  });

  test('a built path goes back to the path routes name, and a path outside the base stays outside', () => {
    expect(withoutBase('/oreshnik/embed/story/', '/oreshnik/')).toBe('/embed/story/');
    expect(withoutBase('/oreshnik/', '/oreshnik/')).toBe('/');
    expect(withoutBase('/embed/story/', '/oreshnik/')).toBe('/embed/story/');
  });

  test("the _headers rules follow the base, comments and headers untouched", () => {
    const headers = '# Embeds\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n/*\n  X-Content-Type-Options: nosniff\n';
    expect(headersUnderBase(headers, '/oreshnik/')).toBe(
      '# Embeds\n/oreshnik/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n/oreshnik/*\n  X-Content-Type-Options: nosniff\n',
    );
  });
});
