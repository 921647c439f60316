import { type ContributionsResponse, perspectiveLabels } from '@roundtable/shared';

type PerspectiveKey = ContributionsResponse['byPerspective'][number]['perspective'];

/** A perspective as the balance of voice names it, including the template and people who have left. */
export function perspectiveShareLabel(perspective: PerspectiveKey): string {
  if (perspective === 'template') return 'Template';
  if (perspective === 'former-member') return 'Former members';
  return perspectiveLabels[perspective];
}
