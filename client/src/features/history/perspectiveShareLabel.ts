import { type ContributionsResponse, perspectiveLabels } from '@roundtable/shared';

type PerspectiveKey = ContributionsResponse['byPerspective'][number]['perspective'];

/** A perspective as the balance of voice names it, including people who have left and recovered text nobody can be credited with. */
export function perspectiveShareLabel(perspective: PerspectiveKey): string {
  if (perspective === 'former-member') return 'Former members';
  if (perspective === 'unknown-writer') return 'Unknown writer (recovered after a restore)';
  return perspectiveLabels[perspective];
}
