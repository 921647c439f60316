import type { DocumentSection } from '@roundtable/shared';
import type { AgendaEntry } from './agendaTypes.ts';
import { formatClockTime, formatMinutes } from './formatWorkshopTime.ts';

interface AgendaItemRowProps {
  item: AgendaEntry;
  index: number;
  count: number;
  /** When it is planned to start, or '' before the workshop has a start. */
  startsAt: string;
  /** The document's sections by id, or undefined while they load. */
  sections: ReadonlyMap<string, DocumentSection> | undefined;
  editable: boolean;
  onMove: (toIndex: number, button: 'up' | 'down') => void;
  onEdit: () => void;
  onRemove: () => void;
}

export const agendaButtonId = (itemId: string, button: 'up' | 'down' | 'edit') => `agenda-${itemId}-${button}`;

/** One agenda item: when it starts, what it is, how long, which section; and, for planners, its buttons. */
export function AgendaItemRow({
  item,
  index,
  count,
  startsAt,
  sections,
  editable,
  onMove,
  onEdit,
  onRemove,
}: AgendaItemRowProps) {
  const section = sectionLabel(item.sectionId, sections);
  return (
    <li className="agenda-item">
      <span className="agenda-item__time">{startsAt ? formatClockTime(startsAt) : '—'}</span>
      <div className="agenda-item__main">
        <p className="agenda-item__title">{item.title}</p>
        <p className="agenda-item__meta">
          {formatMinutes(item.durationMinutes)}
          {section ? (
            <>
              {' · '}
              <span className={section.missing ? 'agenda-item__section agenda-item__section--missing' : ''}>
                {section.text}
              </span>
            </>
          ) : null}
        </p>
      </div>
      {editable ? (
        <div className="agenda-item__actions">
          <button
            type="button"
            id={agendaButtonId(item.id, 'up')}
            className="button button--small button--secondary"
            disabled={index === 0}
            aria-label={`Move up: ${item.title}`}
            onClick={() => onMove(index - 1, 'up')}
          >
            Move up
          </button>
          <button
            type="button"
            id={agendaButtonId(item.id, 'down')}
            className="button button--small button--secondary"
            disabled={index === count - 1}
            aria-label={`Move down: ${item.title}`}
            onClick={() => onMove(index + 1, 'down')}
          >
            Move down
          </button>
          <button
            type="button"
            id={agendaButtonId(item.id, 'edit')}
            className="button button--small button--secondary"
            aria-label={`Edit: ${item.title}`}
            onClick={onEdit}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Remove: ${item.title}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      ) : null}
    </li>
  );
}

function sectionLabel(
  sectionId: string | null,
  sections: ReadonlyMap<string, DocumentSection> | undefined,
): { text: string; missing: boolean } | null {
  if (sectionId === null) return null;
  if (!sections) return { text: 'Section: …', missing: false };
  const section = sections.get(sectionId);
  return section
    ? { text: `Section: ${section.title}`, missing: false }
    : { text: 'Section no longer in the document', missing: true };
}
