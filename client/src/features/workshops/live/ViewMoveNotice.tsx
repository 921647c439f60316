import type { ViewMoves } from './useViewMoves.ts';

/**
 * Says who took the person's view where, at the foot of the screen so it stays in sight
 * wherever they were taken, and offers to go back. It never takes focus.
 */
export function ViewMoveNotice({ moves }: { moves: Pick<ViewMoves, 'notice' | 'goBack' | 'dismiss'> }) {
  const { notice } = moves;
  if (!notice) return null;
  return (
    <section className="view-move-notice" aria-label="Where your view was taken">
      <p className="view-move-notice__text">{notice.text}</p>
      <div className="view-move-notice__actions">
        {notice.canGoBack ? (
          <button type="button" className="button button--primary button--small" onClick={moves.goBack}>
            Go back to where I was
          </button>
        ) : null}
        <button type="button" className="button button--secondary button--small" onClick={moves.dismiss}>
          Stay here
        </button>
      </div>
    </section>
  );
}
