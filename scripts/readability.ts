// Prints how hard each chapter is to read (the story's target: grade ≤ 10, mean sentence ≤ 17 words).
// Usage: npm run readability   — a measurement to print, not a gate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readability } from '../src/lib/content/readability.ts';

const folder = 'content/chapters';
const chapters = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({
    chapter: name.replace(/\.md$/, ''),
    body: readFileSync(join(folder, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''),
  }));
const rows = [
  ...chapters.map(({ chapter, body }) => ({ chapter, ...readability(body) })),
  { chapter: 'whole story', ...readability(chapters.map((c) => c.body).join('\n\n')) },
];
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'chapter'.padEnd(30)} ${pad('words', 6)} ${pad('sent.', 6)} ${pad('w/sent', 7)} ${pad('grade', 6)}`);
for (const r of rows) {
  console.log(`${r.chapter.padEnd(30)} ${pad(r.words, 6)} ${pad(r.sentences, 6)} ${pad(r.wordsPerSentence, 7)} ${pad(r.grade, 6)}`);
}
