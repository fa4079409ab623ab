/**
 * Reads the lesson (the glossary comes with the content) and fails the build on a broken reference
 * or on a model answer whose number, date or quotation no cited excerpt carries.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { ContentSet } from '../content/integrity';
import { formatProblem } from '../content/integrity';
import { answerPassages, checkLesson, sortGlossary } from '../reuse/lesson';
import { checkTextSupport } from './citationSupport';

export async function loadLesson(content: ContentSet) {
  const [lessonEntry] = await getCollection('lesson');
  if (!lessonEntry) throw new Error('content/lesson/lesson.yaml is missing');
  const lesson = { id: lessonEntry.id, file: lessonEntry.filePath ?? 'content/lesson/lesson.yaml', data: lessonEntry.data };
  const glossary = sortGlossary(content.glossary);
  const fileText = readFileSync(lesson.file, 'utf8');
  const problems = [
    ...checkLesson(lesson, glossary, content),
    ...checkTextSupport(content, answerPassages(lesson).map((p) => ({ ...p, fileText }))),
  ];
  if (problems.length > 0) throw new Error(`Lesson content check failed (${problems.length}):\n${problems.map(formatProblem).join('\n')}`);
  return { lesson: lesson.data, glossary };
}
