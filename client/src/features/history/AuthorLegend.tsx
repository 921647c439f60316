import { type Credit, creditKey } from '@roundtable/shared';
import { authorStyle } from './authorStyle.ts';
import type { HistoryPeople } from './HistoryPeople.ts';

/** Which colour and underline stands for whom, named in words. */
export function AuthorLegend({ voices, people }: { voices: readonly Credit[]; people: HistoryPeople }) {
  if (voices.length === 0) return null;
  return (
    <div className="author-legend">
      <p className="author-legend__title" id="author-legend-title">
        Key
      </p>
      <ul className="author-legend__list" aria-labelledby="author-legend-title">
        {voices.map((voice) => (
          <li key={creditKey(voice)} className="author-legend__item">
            <span className="author-legend__sample" aria-hidden="true" {...authorStyle(voice)}>
              Text
            </span>
            {people.attribution(voice)}
          </li>
        ))}
      </ul>
    </div>
  );
}
