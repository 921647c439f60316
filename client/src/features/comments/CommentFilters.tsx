import type { CommentPerson } from '@roundtable/shared';
import {
  activeFilterCount,
  defaultThreadFilters,
  type ThreadFilters,
  type ThreadStatusFilter,
} from './filterThreads.ts';
import { personName } from './personName.ts';

interface CommentFiltersProps {
  filters: ThreadFilters;
  onChange: (filters: ThreadFilters) => void;
  /** Everyone who has commented, by id. */
  personIds: readonly string[];
  people: readonly CommentPerson[];
  sections: readonly string[];
}

const statuses: { value: ThreadStatusFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

const ANYONE = '';
const sectionValue = (section: string) => `s:${section}`;

/** Narrows the threads by status, by who took part, by section, and to those that mention you; each applies at once. */
export function CommentFilters({ filters, onChange, personIds, people, sections }: CommentFiltersProps) {
  const active = activeFilterCount(filters);
  return (
    <fieldset className="comment-filters">
      <legend className="visually-hidden">Filter comments</legend>
      <fieldset className="comment-filters__status">
        <legend className="field__label">Show</legend>
        {statuses.map((status) => (
          <label key={status.value} className="comment-filters__radio">
            <input
              type="radio"
              name="comment-status"
              value={status.value}
              checked={filters.status === status.value}
              onChange={() => onChange({ ...filters, status: status.value })}
            />
            {status.label}
          </label>
        ))}
      </fieldset>
      <div className="comment-filters__selects">
        <div className="field filter">
          <label className="field__label" htmlFor="comment-filter-person">
            Person
          </label>
          <select
            id="comment-filter-person"
            className="input"
            value={filters.personId ?? ANYONE}
            onChange={(event) => onChange({ ...filters, personId: event.target.value || null })}
          >
            <option value={ANYONE}>Anyone</option>
            {personIds.map((id) => (
              <option key={id} value={id}>
                {personName(people, id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field filter">
          <label className="field__label" htmlFor="comment-filter-section">
            Section
          </label>
          <select
            id="comment-filter-section"
            className="input"
            value={filters.section === null ? ANYONE : sectionValue(filters.section)}
            onChange={(event) =>
              onChange({ ...filters, section: event.target.value === ANYONE ? null : event.target.value.slice(2) })
            }
          >
            <option value={ANYONE}>All sections</option>
            {sections.map((section) => (
              <option key={section} value={sectionValue(section)}>
                {section === '' ? 'Opening text' : section}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="comment-filters__check">
        <input
          type="checkbox"
          checked={filters.mentionsMe}
          onChange={(event) => onChange({ ...filters, mentionsMe: event.target.checked })}
        />
        Mentions me
      </label>
      {active > 0 ? (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => onChange(defaultThreadFilters)}
        >
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
