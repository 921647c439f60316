import type { CSSProperties } from 'react';
import type { AuthorPattern } from './authorStyle.ts';
import { formatShare } from './formatShare.ts';

export interface ShareBar {
  key: string;
  label: string;
  /** Said after the label, e.g. the perspective or how many people. */
  detail?: string | undefined;
  share: number;
  color: string;
  pattern: AuthorPattern;
}

/**
 * Horizontal bars, each with its label and percentage written beside it, so the chart
 * never relies on colour; the bars themselves are decoration for sighted readers.
 */
export function ShareChart({ title, bars }: { title: string; bars: readonly ShareBar[] }) {
  return (
    <figure className="share-chart">
      <figcaption className="share-chart__title">{title}</figcaption>
      <ul className="share-chart__list">
        {bars.map((bar) => (
          <li key={bar.key} className="share-chart__item">
            <span className="share-chart__label">
              <span className="share-chart__name">{bar.label}</span>
              {bar.detail ? <span className="share-chart__detail">{bar.detail}</span> : null}
              <span className="share-chart__value">{formatShare(bar.share)}</span>
            </span>
            <span className="share-chart__track" aria-hidden="true">
              <span
                className="share-chart__bar"
                data-pattern={bar.pattern}
                style={
                  {
                    width: `${Math.max(bar.share * 100, bar.share > 0 ? 1 : 0)}%`,
                    '--author-color': bar.color,
                  } as CSSProperties
                }
              />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
