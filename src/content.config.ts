import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, contradictionSchema, correctionSchema, eraSchema, eventSchema, figureSchema, glossaryTermSchema, graphicSchema, keyFactSchema, lessonSchema, placeSchema, sourceSchema } from './lib/content/schemas';

const yamlIn = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.yaml' });

export const collections = {
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: yamlIn('events'), schema: eventSchema }),
  places: defineCollection({ loader: yamlIn('places'), schema: placeSchema }),
  figures: defineCollection({ loader: yamlIn('figures'), schema: figureSchema }),
  contradictions: defineCollection({ loader: yamlIn('contradictions'), schema: contradictionSchema }),
  eras: defineCollection({ loader: yamlIn('eras'), schema: eraSchema }),
  corrections: defineCollection({ loader: yamlIn('corrections'), schema: correctionSchema }),
  keyFacts: defineCollection({ loader: yamlIn('key-facts'), schema: keyFactSchema }),
  graphics: defineCollection({ loader: yamlIn('graphics'), schema: graphicSchema }),
  // Teaching material: the lesson page and its glossary (one term per file).
  lesson: defineCollection({ loader: glob({ base: './content/lesson', pattern: '*.yaml' }), schema: lessonSchema }),
  glossary: defineCollection({ loader: yamlIn('lesson/glossary'), schema: glossaryTermSchema }),
  chapters: defineCollection({
    // The slug after the number prefix is the chapter's id and its URL fragment.
    loader: glob({
      base: './content/chapters',
      pattern: '**/*.md',
      generateId: ({ entry }) => entry.replace(/^\d+-/, '').replace(/\.md$/, ''),
    }),
    schema: chapterSchema,
  }),
};
