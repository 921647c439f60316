import type { Workshop, WorkshopResponse } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AgendaActions, AgendaEntry } from './agendaTypes.ts';
import { movedOrder } from './agendaTypes.ts';
import { workshopKeys, workshopsApi } from './workshopsApi.ts';

/** Agenda changes to a planned workshop, each saved at once; the answer (the whole workshop) replaces what is shown. */
export function useSavedAgendaActions(projectId: string, workshop: Workshop): AgendaActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const show = (response: WorkshopResponse) => {
      queryClient.setQueryData(workshopKeys.workshop(projectId, workshop.id), response);
      void queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId), exact: true });
    };
    return {
      add: async (item) => show(await workshopsApi.addItem(projectId, workshop.id, item)),
      update: async (itemId, change) => show(await workshopsApi.updateItem(projectId, workshop.id, itemId, change)),
      remove: async (itemId) => show(await workshopsApi.removeItem(projectId, workshop.id, itemId)),
      move: async (itemId, toIndex) => {
        const ids = workshop.agenda.map((item) => item.id);
        show(await workshopsApi.reorder(projectId, workshop.id, movedOrder(ids, ids.indexOf(itemId), toIndex)));
      },
    };
  }, [projectId, workshop, queryClient]);
}

/** The agenda of a workshop not yet planned, kept in the page until the workshop is saved with it. */
export function useDraftAgenda(): { items: AgendaEntry[]; actions: AgendaActions } {
  const [items, setItems] = useState<AgendaEntry[]>([]);
  const actions = useMemo<AgendaActions>(
    () => ({
      add: async (item) => setItems((current) => [...current, { id: crypto.randomUUID(), ...item }]),
      update: async (itemId, change) =>
        setItems((current) =>
          current.map((item) =>
            item.id === itemId
              ? {
                  ...item,
                  ...(change.title !== undefined && { title: change.title }),
                  ...(change.durationMinutes !== undefined && { durationMinutes: change.durationMinutes }),
                  ...(change.sectionId !== undefined && { sectionId: change.sectionId }),
                }
              : item,
          ),
        ),
      remove: async (itemId) => setItems((current) => current.filter((item) => item.id !== itemId)),
      move: async (itemId, toIndex) =>
        setItems((current) => {
          const order = movedOrder(
            current.map((item) => item.id),
            current.findIndex((item) => item.id === itemId),
            toIndex,
          );
          return order.flatMap((id) => current.filter((item) => item.id === id));
        }),
    }),
    [],
  );
  return { items, actions };
}
