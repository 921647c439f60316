/** A share of the text as a whole percentage, but never "0%" for someone who wrote something. */
export function formatShare(share: number): string {
  if (share <= 0) return '0%';
  if (share < 0.005) return 'less than 1%';
  return `${Math.round(share * 100)}%`;
}
