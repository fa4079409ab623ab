import { afterEach, describe, expect, test, vi } from 'vitest';
import { embedSnippet, embedTargets, pymSnippet } from '../../../src/lib/reuse/embeds';
import { isPymId } from '../../../src/lib/reuse/pymMessages';
import { oembedFor } from '../../../src/lib/reuse/oembed';

const chapters = [
  { id: 'the-announcement', title: 'The announcement' },
  { id: 'who-controls-it', title: 'Who "controls" <it>' },
];
const site = 'https://explainer.example/';

describe('embed targets', () => {
  test('the whole story, every chapter, the timeline and the map can be embedded', () => {
    expect(embedTargets(chapters).map((t) => t.id)).toEqual(['story', 'the-announcement', 'who-controls-it', 'timeline', 'map']);
  });

  test('a chapter whose id would shadow another embed page fails loudly', () => {
    expect(() => embedTargets([{ id: 'timeline', title: 'Timeline' }])).toThrow(/reserved/);
  });
});

describe('embed snippet', () => {
  const [, announcement, tricky] = embedTargets(chapters);

  test('an iframe with a title and a fixed height, and the resize script from the site', () => {
    const snippet = embedSnippet(announcement, { site, siteTitle: 'Explainer' });
    const frame = /<iframe [^>]*><\/iframe>/.exec(snippet)?.[0] ?? '';
    expect(frame).toContain('src="https://explainer.example/embed/the-announcement/"');
    expect(frame).toContain('title="The announcement — Explainer"');
    expect(frame).toMatch(/height="\d{3,}"/);
    expect(snippet).toContain('<script src="https://explainer.example/embed/host.js" async></script>');
  });

  test('without the script option it is a lone iframe (for platforms that strip scripts)', () => {
    expect(embedSnippet(announcement, { site, siteTitle: 'Explainer', resize: false })).not.toContain('<script');
  });

  test('titles cannot break out of the attribute', () => {
    const snippet = embedSnippet(tricky, { site, siteTitle: 'Explainer' });
    expect(snippet).toContain('title="Who &quot;controls&quot; &lt;it&gt; — Explainer"');
    expect(snippet.match(/<iframe/g)).toHaveLength(1);
  });
});

describe('pym.js snippet', () => {
  const [, announcement, tricky] = embedTargets(chapters);

  test('a pym container with a valid pym id, the embed address and a title; pym.js from the site itself', () => {
    const snippet = pymSnippet(announcement, { site, siteTitle: 'Explainer' });
    const id = /<div id="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(isPymId(id)).toBe(true);
    expect(snippet).toContain('data-pym-src="https://explainer.example/embed/the-announcement/"');
    expect(snippet).toContain('data-pym-title="The announcement — Explainer"');
    // The host's address and title are not sent along.
    expect(snippet).toContain('data-pym-optionalparams="false"');
    const scripts = [...snippet.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://explainer.example/embed/pym.v1.min.js']);
  });

  test('titles cannot break out of the attribute', () => {
    expect(pymSnippet(tricky, { site, siteTitle: 'Explainer' })).toContain('data-pym-title="Who &quot;controls&quot; &lt;it&gt; — Explainer"');
  });
});

describe('oEmbed', () => {
  test('a rich oEmbed response carries the same snippet, a size and the preview image', () => {
    const [, announcement] = embedTargets(chapters);
    const o = oembedFor(announcement, { site, siteTitle: 'Explainer', providerName: 'An Explainer', thumbnail: '/og/the-announcement.png' });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'An Explainer', provider_url: site, height: announcement.height });
    expect(o.width).toBeGreaterThan(0);
    expect(o.html).toBe(embedSnippet(announcement, { site, siteTitle: 'Explainer' }));
    expect(o.thumbnail_url).toBe('https://explainer.example/og/the-announcement.png');
  });
});

describe('a site built under a sub-path (a GitHub Pages project site)', () => {
  afterEach(() => vi.unstubAllEnvs());
  const [story] = embedTargets(chapters);

  test('the embed codes and the oEmbed answer name the frame, scripts and card under that path', () => {
    vi.stubEnv('BASE_URL', '/oreshnik/');
    expect(embedSnippet(story, { site, siteTitle: 'Explainer' })).toContain('src="https://explainer.example/oreshnik/embed/story/"');
    expect(embedSnippet(story, { site, siteTitle: 'Explainer' })).toContain('<script src="https://explainer.example/oreshnik/embed/host.js" async>');
    expect(pymSnippet(story, { site, siteTitle: 'Explainer' })).toContain('https://explainer.example/oreshnik/embed/pym.v1.min.js');
    const oembed = oembedFor(story, { site, siteTitle: 'Explainer', providerName: 'Site', thumbnail: '/og/story.png' });
    expect(oembed.provider_url).toBe('https://explainer.example/oreshnik/');
    expect(oembed.thumbnail_url).toBe('https://explainer.example/oreshnik/og/story.png');
  });
});
