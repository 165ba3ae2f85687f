/**
 * Proposal colours: a fixed, distinct palette (Okabe–Ito colour-blind-safe hues first, then a few
 * extra distinct ones) so neighbouring proposals never share a colour until there are more than ten.
 */
export const PROPOSAL_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermilion
  '#56B4E9', // sky blue
  '#7B3294', // purple
  '#8C6D1F', // brown
  '#882255', // wine
  '#E7298A', // magenta
] as const;
export type ProposalColour = (typeof PROPOSAL_COLOURS)[number];

/** Names for screen readers and tooltips, in palette order. */
export const COLOUR_NAMES = {
  '#0072B2': 'blue',
  '#E69F00': 'orange',
  '#009E73': 'green',
  '#CC79A7': 'pink',
  '#D55E00': 'vermilion',
  '#56B4E9': 'sky blue',
  '#7B3294': 'purple',
  '#8C6D1F': 'brown',
  '#882255': 'wine',
  '#E7298A': 'magenta',
} as const satisfies Record<ProposalColour, string>;

/** First palette colour no existing proposal uses; when all are taken, cycle by count. */
export function nextColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  const free = PROPOSAL_COLOURS.find((c) => !taken.has(c.toLowerCase()));
  return free ?? PROPOSAL_COLOURS[used.length % PROPOSAL_COLOURS.length] ?? PROPOSAL_COLOURS[0];
}
