/** How each claim status reads on the page, everywhere it is shown. */
export const CLAIM_LABELS = {
  'official-claim': 'Official claim',
  'independently-reported': 'Independently reported',
  contested: 'Contested',
} as const;
