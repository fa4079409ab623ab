/** Reads the lesson (the glossary comes with the content) and fails the build on a broken reference. */
import { getCollection } from 'astro:content';
import type { ContentSet } from '../content/integrity';
import { formatProblem } from '../content/integrity';
import { checkLesson, sortGlossary } from '../reuse/lesson';

export async function loadLesson(content: ContentSet) {
  const [lessonEntry] = await getCollection('lesson');
  if (!lessonEntry) throw new Error('content/lesson/lesson.yaml is missing');
  const lesson = { id: lessonEntry.id, file: lessonEntry.filePath ?? 'content/lesson/lesson.yaml', data: lessonEntry.data };
  const glossary = sortGlossary(content.glossary);
  const problems = checkLesson(lesson, glossary, content);
  if (problems.length > 0) throw new Error(`Lesson content check failed (${problems.length}):\n${problems.map(formatProblem).join('\n')}`);
  return { lesson: lesson.data, glossary };
}
