// Prints how hard each chapter is to read (issue target: grade ≤ 10, mean sentence ≤ 17 words).
// Usage: npm run readability   — a measurement to print, not a gate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readability } from '../src/lib/content/readability.ts';

const folder = 'content/chapters';
const rows = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const body = readFileSync(join(folder, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
    return { chapter: name.replace(/\.md$/, ''), ...readability(body) };
  });
const all = readability(
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''))
    .join('\n\n'),
);
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'chapter'.padEnd(30)} ${pad('words', 6)} ${pad('sent.', 6)} ${pad('w/sent', 7)} ${pad('grade', 6)}`);
for (const r of [...rows, { chapter: 'whole story', ...all }]) {
  console.log(`${r.chapter.padEnd(30)} ${pad(r.words, 6)} ${pad(r.sentences, 6)} ${pad(r.wordsPerSentence, 7)} ${pad(r.grade, 6)}`);
}
