/** How the timeline names its lanes and kinds of event (UI wording, not facts). */
import type { TimelineEvent } from '../content/schemas';

type Lane = TimelineEvent['lane'];
type Kind = TimelineEvent['kind'];

/** Lanes by actor group, in the order they are drawn. */
export const LANE_LABELS: Record<Lane, string> = {
  'belarus-russia': 'Belarus and Russia',
  'nato-allies': 'NATO and allies',
  ukraine: 'Ukraine',
  researchers: 'Researchers and analysts',
};

export const LANES = Object.keys(LANE_LABELS) as Lane[];

export const KIND_LABELS: Record<Kind, string> = {
  statement: 'Statement',
  deployment: 'Deployment',
  strike: 'Strike',
  agreement: 'Agreement',
  exercise: 'Exercise',
  analysis: 'Analysis',
  reaction: 'Reaction',
};

export const KINDS = Object.keys(KIND_LABELS) as Kind[];
