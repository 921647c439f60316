import { agendaMinutes, agendaTimes, type DocumentSection, WorkshopLimits } from '@roundtable/shared';
import { useMemo, useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { useFocusRequest } from '../../a11y/useFocusRequest.ts';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { AgendaItemForm } from './AgendaItemForm.tsx';
import { AgendaItemRow, agendaButtonId } from './AgendaItemRow.tsx';
import type { AgendaActions, AgendaEntry } from './agendaTypes.ts';
import { formatMinutes } from './formatWorkshopTime.ts';

interface AgendaEditorProps {
  items: readonly AgendaEntry[];
  /** The workshop's start, or '' while the form has none: then no start times are shown. */
  startsAt: string;
  /** The document's sections, or undefined while they load. */
  sections: readonly DocumentSection[] | undefined;
  actions: AgendaActions;
  /** Said under the heading: whether changes are saved at once or with the workshop. */
  savingNote: string;
}

const HEADING_ID = 'agenda-heading';
const problemOf = (error: unknown) =>
  isApiRequestError(error) ? error.message : 'That did not work. Please try again.';

/**
 * A workshop's agenda: items in order with their start times, moved with Move up and
 * Move down (focus stays on the moved item, and where it went is announced), edited in a
 * dialog, removed after asking, and added at the end.
 */
export function AgendaEditor({ items, startsAt, sections, actions, savingNote }: AgendaEditorProps) {
  const { announce } = useAnnouncer();
  const focus = useFocusRequest();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [editing, setEditing] = useState<AgendaEntry | null>(null);
  const [removing, setRemoving] = useState<AgendaEntry | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const sectionMap = useMemo(
    () => (sections ? new Map(sections.map((section) => [section.sectionId, section])) : undefined),
    [sections],
  );
  const start = Date.parse(startsAt);
  const slots = Number.isNaN(start) ? [] : agendaTimes(start, items);
  const full = items.length >= WorkshopLimits.agendaItemsMax;

  const move = async (item: AgendaEntry, toIndex: number, button: 'up' | 'down') => {
    if (busy) return;
    setBusy(true);
    try {
      await actions.move(item.id, toIndex);
      setNotice(null);
      announce(`Moved “${item.title}” to position ${toIndex + 1}.`);
      // At the top or bottom that button is disabled, so focus takes the other one.
      const atEnd = button === 'up' ? toIndex === 0 : toIndex === items.length - 1;
      const stay = atEnd ? (button === 'up' ? 'down' : 'up') : button;
      focus(agendaButtonId(item.id, items.length === 1 ? 'edit' : stay));
    } catch (error) {
      setNotice({ text: problemOf(error), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!removing) return;
    setRemoveError(null);
    try {
      await actions.remove(removing.id);
      setNotice({ text: `Removed “${removing.title}” from the agenda.`, tone: 'success' });
      setRemoving(null);
      focus(HEADING_ID);
    } catch (error) {
      setRemoveError(problemOf(error));
    }
  };

  return (
    <section aria-labelledby={HEADING_ID} className="section agenda">
      <h2 id={HEADING_ID} tabIndex={-1}>
        Agenda
      </h2>
      <p className="muted">
        {items.length === 0
          ? 'No items yet. Add the first below.'
          : `${items.length} ${items.length === 1 ? 'item' : 'items'}, ${formatMinutes(agendaMinutes(items))} in all.`}{' '}
        {savingNote}
      </p>
      <LiveNotice message={notice} />
      {items.length > 0 ? (
        <ol className="agenda-list">
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              startsAt={slots[index] ? new Date(slots[index].startsAt).toISOString() : ''}
              sections={sectionMap}
              editable
              onMove={(toIndex, button) => void move(item, toIndex, button)}
              onEdit={() => setEditing(item)}
              onRemove={() => {
                setRemoveError(null);
                setRemoving(item);
              }}
            />
          ))}
        </ol>
      ) : null}

      <section aria-labelledby="add-agenda-item-heading" className="panel agenda__add">
        <h3 id="add-agenda-item-heading">Add an item</h3>
        {full ? (
          <p>
            The agenda has {WorkshopLimits.agendaItemsMax} items, as many as it can hold. Remove one, or join two
            together, to add another.
          </p>
        ) : (
          <AgendaItemForm
            idPrefix="new-agenda-item"
            sections={sections ?? []}
            submitLabel="Add to agenda"
            clearAfterSave
            onSave={async (item) => {
              await actions.add(item);
              setNotice(null);
              announce(`Added “${item.title}” to the agenda, as item ${items.length + 1}.`);
            }}
          />
        )}
      </section>

      <ModalDialog
        isOpen={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        title="Edit agenda item"
      >
        {editing ? (
          <AgendaItemForm
            idPrefix="edit-agenda-item"
            initial={editing}
            sections={sections ?? []}
            missingSectionId={editing.sectionId}
            submitLabel="Save item"
            onCancel={() => setEditing(null)}
            onSave={async (change) => {
              await actions.update(editing.id, change);
              setEditing(null);
              setNotice({ text: `Saved “${change.title}”.`, tone: 'success' });
            }}
          />
        ) : null}
      </ModalDialog>

      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        title="Remove this agenda item?"
        confirmLabel="Remove item"
        onConfirm={() => void remove()}
        error={removeError}
      >
        <p>“{removing?.title}” will be taken off the agenda, and the items after it will start earlier.</p>
      </ConfirmDialog>
    </section>
  );
}
