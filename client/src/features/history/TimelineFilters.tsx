import { HISTORY_PERSON_FILTERS } from '@roundtable/shared';
import type { HistoryFilters } from '../../api/roundtableApi.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { sectionName } from '../../format/sectionName.ts';
import { type HistoryPeople, TEMPLATE_NAME, UNKNOWN_WRITER_NAME } from './HistoryPeople.ts';

interface TimelineFiltersProps {
  filters: HistoryFilters;
  onChange: (filters: HistoryFilters) => void;
  people: HistoryPeople;
  sections: readonly string[];
  /** Offer the filters for words handed back after a restore: only when the history has some. */
  hasRecovered: boolean;
}

const ANY = 'any';
/** A day typed in a date field, as the start or end of that day in the reader's time zone. */
const dayStart = (day: string) => (day === '' ? undefined : new Date(`${day}T00:00:00`).toISOString());
const dayEnd = (day: string) => (day === '' ? undefined : new Date(`${day}T23:59:59.999`).toISOString());
const dayOf = (iso: string | undefined) => {
  if (!iso) return '';
  const date = new Date(iso);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${String(date.getDate()).padStart(2, '0')}`;
};

/** Narrows the timeline to one person, one section or a span of days; each applies at once. */
export function TimelineFilters({ filters, onChange, people, sections, hasRecovered }: TimelineFiltersProps) {
  const active = [filters.person, filters.section, filters.since, filters.until].filter(Boolean).length;
  const personOptions = [
    { id: ANY, label: 'Everyone' },
    ...people.all().map((person) => ({ id: person.id, label: people.label(person.id) })),
    { id: HISTORY_PERSON_FILTERS.template, label: TEMPLATE_NAME },
    ...(hasRecovered
      ? [
          { id: HISTORY_PERSON_FILTERS.recovered, label: 'Recovered after a restore' },
          { id: HISTORY_PERSON_FILTERS.unknownWriter, label: `${UNKNOWN_WRITER_NAME} (recovered)` },
        ]
      : []),
  ];
  const sectionOptions = [
    { id: ANY, label: 'All sections' },
    ...sections.map((section) => ({ id: `s:${section}`, label: sectionName(section) })),
  ];
  return (
    <details className="timeline-filters" open={active > 0 ? true : undefined}>
      <summary className="timeline-filters__summary">Filter changes{active > 0 ? ` (${active} on)` : ''}</summary>
      <div className="timeline-filters__fields">
        <SelectField
          id="history-filter-person"
          label="Person"
          value={filters.person ?? ANY}
          options={personOptions}
          onChange={(value) => onChange({ ...filters, person: value === ANY ? undefined : value })}
        />
        <SelectField
          id="history-filter-section"
          label="Section"
          value={filters.section === undefined ? ANY : `s:${filters.section}`}
          options={sectionOptions}
          onChange={(value) => onChange({ ...filters, section: value === ANY ? undefined : value.slice(2) })}
        />
        <div className="field filter">
          <label className="field__label" htmlFor="history-filter-since">
            From
          </label>
          <input
            id="history-filter-since"
            className="input"
            type="date"
            value={dayOf(filters.since)}
            onChange={(event) => onChange({ ...filters, since: dayStart(event.target.value) })}
          />
        </div>
        <div className="field filter">
          <label className="field__label" htmlFor="history-filter-until">
            To
          </label>
          <input
            id="history-filter-until"
            className="input"
            type="date"
            value={dayOf(filters.until)}
            onChange={(event) => onChange({ ...filters, until: dayEnd(event.target.value) })}
          />
        </div>
        {active > 0 ? (
          <button type="button" className="button button--quiet button--small" onClick={() => onChange({})}>
            Clear filters
          </button>
        ) : null}
      </div>
    </details>
  );
}
