import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { remarkCitations } from '../../../src/lib/markdown/remarkCitations';
import { remarkSteps } from '../../../src/lib/markdown/remarkSteps';
import { findCitations } from '../../../src/lib/content/citations';

async function toHtml(markdown: string, claimLabel?: (id: string) => string | undefined, steps = false) {
  const file = await unified()
    .use(remarkParse)
    .use(steps ? [remarkSteps] : [])
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

  test('a marker’s note stays out of the running text', async () => {
    const html = await toHtml('Lukashenko said so [@news-by | in News.by’s English]. Again [@a].');
    expect(html).not.toContain('English');
    expect(html).toContain('href="#note-how-it-got-there-2"');
  });
});

describe('findCitations', () => {
  test('reads a marker’s ids and the note after the bar', () => {
    expect(findCitations('A [@a; @b | as carried by LIGA.net] B [@c]').map(({ ids, note }) => ({ ids, note }))).toEqual([
      { ids: ['a', 'b'], note: 'as carried by LIGA.net' },
      { ids: ['c'], note: undefined },
    ]);
  });
});

const STEPS = [
  '```step',
  'id: first',
  'map: { fit: [belarus] }',
  '```',
  'Minsk says it is there [@claim]. It says so again [@claim].',
  '',
  '```more',
  '```',
  'And once more [@claim].',
  '',
  '```step',
  'id: second',
  'map: { fit: [krichev-site] }',
  'alt: Map of Belarus with the reported site marked.',
  '```',
  'Researchers disagree [@source]. Minsk repeats it [@claim].',
].join('\n');

describe('remarkSteps', () => {
  const claim = (id: string) => (id === 'claim' ? 'Official claim' : undefined);

  test('each step fence opens a section addressed #chapter/step with a card, and a fold under "More on this"', async () => {
    const html = await toHtml(STEPS, claim, true);
    expect(html).toMatch(/^<section class="step" id="how-it-got-there\/first" data-step="first" tabindex="-1"><div class="step__card prose"><p>Minsk says/);
    expect(html).toContain('<details class="step__more"><summary class="ui">More on this</summary><p>And once more');
    expect(html).toContain('<section class="step" id="how-it-got-there/second" data-step="second" tabindex="-1">');
    expect(html).not.toContain('fit:');
    expect(html.match(/<section/g)).toHaveLength(2);
  });

  test("a step says in words what its map shows, for readers who cannot see the map (the live map is hidden from them)", async () => {
    const [first, second] = (await toHtml(STEPS, claim, true)).split('<section').slice(1);
    expect(first).not.toContain('step__map-alt');
    expect(second).toMatch(/<p class="visually-hidden step__map-alt">Map of Belarus with the reported site marked\.<\/p><\/div><\/section>$/);
  });

  test('the claim label shows once per step where it applies, not on every marker', async () => {
    const html = await toHtml(STEPS, claim, true);
    const [first, second] = html.split('<section').slice(1);
    expect(first.match(/claim-flag/g)).toHaveLength(1);
    expect(second.match(/claim-flag/g)).toHaveLength(1);
    expect(second.indexOf('claim-flag')).toBeGreaterThan(second.indexOf('Minsk repeats'));
  });

  test('numbers run on across steps and folds in the order the notes list uses', async () => {
    const html = await toHtml(STEPS, claim, true);
    const numbers = [...html.matchAll(/id="ref-how-it-got-there-(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(findCitations(STEPS).map((_, i) => i + 1));
  });

  test('a chapter without step fences is one step holding the whole body', async () => {
    const html = await toHtml('One [@a].\n\nTwo [@b].', undefined, true);
    expect(html).toBe(
      '<section class="step" id="how-it-got-there/start" data-step="start" tabindex="-1"><div class="step__card prose"><p>One<sup class="cite"><a href="#note-how-it-got-there-1" id="ref-how-it-got-there-1" aria-label="Source note 1">1</a></sup>.</p><p>Two<sup class="cite"><a href="#note-how-it-got-there-2" id="ref-how-it-got-there-2" aria-label="Source note 2">2</a></sup>.</p></div></section>',
    );
  });
});
