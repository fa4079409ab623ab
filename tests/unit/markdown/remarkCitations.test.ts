import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { remarkCitations } from '../../../src/lib/markdown/remarkCitations';

async function toHtml(markdown: string, claimLabel?: (id: string) => string | undefined) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkCitations, { claimLabel })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process({ value: markdown, path: 'content/chapters/03-how-it-got-there.md' });
  return String(file);
}

describe('remarkCitations', () => {
  test('numbers markers in order and links each to the chapter’s note', async () => {
    const html = await toHtml('First claim [@a]. Second *claim* [@b; @c].\n\nThird [@d].');
    expect(html).toContain('href="#note-how-it-got-there-1"');
    expect(html).toContain('href="#note-how-it-got-there-2"');
    expect(html).toContain('id="ref-how-it-got-there-3"');
    expect(html).not.toContain('[@');
  });

  test('the marker sits right after the sentence, with no stray space', async () => {
    const html = await toHtml('Minsk said so [@a].');
    expect(html).toMatch(/said so<sup class="cite">/);
  });

  test('an official claim is flagged in the text where it is cited', async () => {
    const html = await toHtml('Lukashenko said it arrived [@lukashenko-said].', (id) =>
      id === 'lukashenko-said' ? 'Official claim' : undefined,
    );
    expect(html).toContain('<span class="claim-flag">Official claim</span>');
  });

  test('a value the site computed says so where the reader sees it', async () => {
    const html = await toHtml('Vilnius is [420 km]{computed} from the site.');
    expect(html).toBe("<p>Vilnius is 420 km (distance along the Earth's surface, computed from coordinates) from the site.</p>");
  });

  test('text without markers is left alone', async () => {
    expect(await toHtml('Nothing cited here.')).toBe('<p>Nothing cited here.</p>');
  });
});
