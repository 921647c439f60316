import { authorStyle } from './authorStyle.ts';
import type { HistoryPeople } from './HistoryPeople.ts';

/** Which colour and underline stands for whom, named in words. */
export function AuthorLegend({
  authorIds,
  people,
}: {
  authorIds: ReadonlyArray<string | null>;
  people: HistoryPeople;
}) {
  if (authorIds.length === 0) return null;
  return (
    <div className="author-legend">
      <p className="author-legend__title" id="author-legend-title">
        Key
      </p>
      <ul className="author-legend__list" aria-labelledby="author-legend-title">
        {authorIds.map((id) => (
          <li key={id ?? 'template'} className="author-legend__item">
            <span className="author-legend__sample" aria-hidden="true" {...authorStyle(id)}>
              Text
            </span>
            {people.label(id)}
          </li>
        ))}
      </ul>
    </div>
  );
}
