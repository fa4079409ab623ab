import type { TimelineEvent } from '../content/schemas';

/** An event mark's fill: solid when independently reported, hatched when contested, hollow for an official claim. */
export const claimMarkFill = (status: TimelineEvent['claimStatus'], hatchId: string): string =>
  status === 'independently-reported' ? 'currentColor' : status === 'contested' ? `url(#${hatchId})` : '#fff';
