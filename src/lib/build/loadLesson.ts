/** Reads the lesson and glossary collections and fails the build on a broken reference. */
import { getCollection } from 'astro:content';
import type { ContentSet } from '../content/integrity';
import { formatProblem } from '../content/integrity';
import { checkLesson, sortGlossary } from '../reuse/lesson';

export async function loadLesson(content: ContentSet) {
  const file = (folder: string, e: { id: string; filePath?: string }) => e.filePath ?? `content/${folder}/${e.id}.yaml`;
  const [lessonEntry] = await getCollection('lesson');
  if (!lessonEntry) throw new Error('content/lesson/lesson.yaml is missing');
  const lesson = { id: lessonEntry.id, file: file('lesson', lessonEntry), data: lessonEntry.data };
  const glossary = sortGlossary(
    (await getCollection('glossary')).map((e) => ({ id: e.id, file: file('lesson/glossary', e), data: e.data })),
  );
  const problems = checkLesson(lesson, glossary, content);
  if (problems.length > 0) throw new Error(`Lesson content check failed (${problems.length}):\n${problems.map(formatProblem).join('\n')}`);
  return { lesson: lesson.data, glossary };
}
