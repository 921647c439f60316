/** How a member describes their perspective: their own label, which grants nothing. */
export const perspectives = ['lived-experience', 'professional', 'both', 'unsaid'] as const;
export type Perspective = (typeof perspectives)[number];

export const perspectiveLabels: Record<Perspective, string> = {
  'lived-experience': 'Lived experience',
  professional: 'Professional',
  both: 'Lived experience and professional',
  unsaid: 'Rather not say',
};
