/**
 * How hard a chapter is to read: mean sentence length and the Flesch–Kincaid grade of its running
 * text (what a reader reads: citation markers, markup and headings left out). The grade is an
 * estimate from word and syllable counts, good for comparing chapters and drafts, not a verdict.
 */

export interface Readability {
  sentences: number;
  words: number;
  /** Mean words per sentence. */
  wordsPerSentence: number;
  /** Flesch–Kincaid grade level. */
  grade: number;
}

/**
 * The prose of a chapter's Markdown body, without headings, citations, links' targets or tags.
 * Paragraphs and list items stay on lines of their own: each ends a sentence.
 */
export function runningText(markdown: string): string {
  return markdown
    // Fenced blocks (a step's map state, a fold marker) are data, not prose.
    .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')
    .replace(/\[([^\]]*)\]\{computed\}/g, '$1')
    .split(/\n/)
    .filter((line) => !/^\s*(#|<|\||>?\s*$)/.test(line))
    .map((line) =>
      line
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/\[@[^\]]*\]/g, ' ')
        .replace(/\[\^[^\]]*\]/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/[[\]*_`]/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** Sentences end at . ! ? followed by a space and a capital, a quote or a digit; abbreviations like "e.g." do not end one. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|etc|Mr|Mrs|Dr|St|vs|No|Gen|Lt|Col)\./g, '$1\u2024')
    .split(/\n|(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(0-9])/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

const wordsOf = (sentence: string): string[] => sentence.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];

/** English syllables by vowel groups, with the usual corrections for silent "e" and "-le"; numbers count as one per digit group. */
export function syllables(word: string): number {
  if (/^\d/.test(word)) return Math.max(1, word.split(/[^0-9]+/).filter(Boolean).length);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  // A final "e" is silent ("site", "missile") except in "-ble", "-tle"…; "-es" and "-ed" mostly add none.
  if (/[^aeiouy]le$/.test(w)) w = w.slice(0, -1) + 'ul';
  else if (/e$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxzgc]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  const groups = w.replace(/^y/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function readability(markdown: string): Readability {
  const sentences = sentencesOf(runningText(markdown));
  const words = sentences.flatMap(wordsOf);
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const perSentence = sentences.length ? words.length / sentences.length : 0;
  const perWord = words.length ? syllableCount / words.length : 0;
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: round(perSentence),
    grade: round(words.length ? 0.39 * perSentence + 11.8 * perWord - 15.59 : 0),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
