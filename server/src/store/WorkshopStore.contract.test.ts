import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addDocument, addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';
import type { AgendaItemRecord, WorkshopRecord, WorkshopRunRecord } from './WorkshopStore.ts';

const HOUR = 60 * 60 * 1000;

function workshopRecord(
  place: { projectId: string; documentId: string; lead: string },
  fields: Partial<WorkshopRecord> = {},
) {
  return {
    id: randomUUID(),
    projectId: place.projectId,
    documentId: place.documentId,
    title: 'Strategy day',
    startsAt: now + 24 * HOUR,
    timeZone: 'Europe/London',
    place: 'Town hall, room 2',
    meetingLink: 'https://meet.example.org/strategy',
    createdBy: place.lead,
    createdAt: now,
    state: 'planned',
    startedAt: null,
    endedAt: null,
    currentItemId: null,
    timerDeadline: null,
    timerPausedRemainingMs: null,
    ...fields,
  } satisfies WorkshopRecord;
}

const item = (workshopId: string, title: string, durationMinutes = 10, sectionId: string | null = null) => ({
  id: randomUUID(),
  workshopId,
  title,
  durationMinutes,
  sectionId,
});

const runOf = ({
  state,
  startedAt,
  endedAt,
  currentItemId,
  timerDeadline,
  timerPausedRemainingMs,
}: WorkshopRecord): WorkshopRunRecord => ({
  state,
  startedAt,
  endedAt,
  currentItemId,
  timerDeadline,
  timerPausedRemainingMs,
});

const titles = (items: AgendaItemRecord[]) => items.map((entry) => `${entry.position}:${entry.title}`);

/** The contract every WorkshopStore passes. */
describe.each(contractStores)('%s workshop store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });
  const found = async (id: string) => {
    const workshop = await stores.workshops.findWorkshop(id);
    if (!workshop) throw new Error('The workshop is gone');
    return workshop;
  };

  it('keeps a workshop with its agenda in order, and lists a project’s workshops by start', async () => {
    const place = await addProjectWithDocument(stores);
    const later = workshopRecord(place, { startsAt: now + 48 * HOUR, place: null, meetingLink: null });
    const sooner = workshopRecord(place);
    await stores.workshops.createWorkshop(later, []);
    await stores.workshops.createWorkshop(sooner, [
      item(sooner.id, 'Welcome', 5, 'section-a'),
      item(sooner.id, 'Housing', 40),
    ]);

    expect(await stores.workshops.findWorkshop(sooner.id)).toEqual(sooner);
    expect(await stores.workshops.findWorkshop(randomUUID())).toBeUndefined();
    expect((await stores.workshops.listWorkshops(place.projectId)).map((w) => w.id)).toEqual([sooner.id, later.id]);
    const agenda = await stores.workshops.listAgendaItems(sooner.id);
    expect(titles(agenda)).toEqual(['0:Welcome', '1:Housing']);
    expect(agenda[0]).toMatchObject({ workshopId: sooner.id, durationMinutes: 5, sectionId: 'section-a' });
    expect(titles(await stores.workshops.listProjectAgendaItems(place.projectId))).toEqual(['0:Welcome', '1:Housing']);
    expect(await stores.workshops.listWorkshops(randomUUID())).toEqual([]);
  });

  it('changes the details and the running state', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    await stores.workshops.createWorkshop(workshop, []);
    const otherDocument = await addDocument(stores, place.projectId, place.lead, 'Easy read');
    await stores.workshops.updateWorkshop(workshop.id, {
      documentId: otherDocument,
      title: 'Second strategy day',
      place: null,
      state: 'running',
      startedAt: now + 5,
      currentItemId: 'item-1',
      timerDeadline: now + HOUR,
      timerPausedRemainingMs: 90_000,
    });
    expect(await stores.workshops.findWorkshop(workshop.id)).toEqual({
      ...workshop,
      documentId: otherDocument,
      title: 'Second strategy day',
      place: null,
      state: 'running',
      startedAt: now + 5,
      currentItemId: 'item-1',
      timerDeadline: now + HOUR,
      timerPausedRemainingMs: 90_000,
    });
    await stores.workshops.updateWorkshop(workshop.id, {});
    expect((await stores.workshops.findWorkshop(workshop.id))?.title).toBe('Second strategy day');
  });

  it('changes how a workshop runs only from the state it was seen in, once when asked twice at once', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    await stores.workshops.createWorkshop(workshop, []);
    const planned = runOf(workshop);
    const started = { ...planned, state: 'running' as const, startedAt: now + 5, currentItemId: 'item-1' };
    const timing = { ...started, timerDeadline: now + HOUR, timerPausedRemainingMs: null };

    const both = await Promise.all([
      stores.workshops.changeRun(workshop.id, planned, { ...started, timerPausedRemainingMs: 600_000 }),
      stores.workshops.changeRun(workshop.id, planned, { ...started, timerPausedRemainingMs: 600_000 }),
    ]);
    expect(both.filter(Boolean)).toHaveLength(1);
    const seen = { ...started, timerPausedRemainingMs: 600_000 };
    expect(runOf(await found(workshop.id))).toEqual(seen);
    // Seen before someone else changed it: refused, nothing changes.
    expect(await stores.workshops.changeRun(workshop.id, planned, timing)).toBe(false);
    expect(await stores.workshops.changeRun(workshop.id, seen, timing)).toBe(true);
    expect(await found(workshop.id)).toEqual({ ...workshop, ...timing });
    const ended = { ...timing, state: 'ended' as const, endedAt: now + 2 * HOUR, timerDeadline: null };
    expect(await stores.workshops.changeRun(workshop.id, timing, ended)).toBe(true);
    expect(runOf(await found(workshop.id))).toEqual(ended);
    expect(await stores.workshops.changeRun(randomUUID(), ended, ended)).toBe(false);
  });

  it('adds items at the end up to a limit, edits them, and clears their sections', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    await stores.workshops.createWorkshop(workshop, [item(workshop.id, 'Welcome', 5, 'a')]);
    expect(await stores.workshops.appendAgendaItem(item(workshop.id, 'Housing', 30, 'b'), 3)).toBe(true);
    expect(await stores.workshops.appendAgendaItem(item(workshop.id, 'Break'), 3)).toBe(true);
    expect(await stores.workshops.appendAgendaItem(item(workshop.id, 'One too many'), 3)).toBe(false);
    const agenda = await stores.workshops.listAgendaItems(workshop.id);
    expect(titles(agenda)).toEqual(['0:Welcome', '1:Housing', '2:Break']);

    await stores.workshops.updateAgendaItem(agenda[1]?.id ?? '', { title: 'Homes', durationMinutes: 45 });
    expect((await stores.workshops.listAgendaItems(workshop.id))[1]).toMatchObject({
      title: 'Homes',
      durationMinutes: 45,
      sectionId: 'b',
    });
    await stores.workshops.clearAgendaSections(workshop.id);
    expect((await stores.workshops.listAgendaItems(workshop.id)).map((entry) => entry.sectionId)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('closes the gap a removed item leaves, and the room moves on from it', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    const items = ['Welcome', 'Housing', 'Health', 'Close'].map((title) => item(workshop.id, title));
    await stores.workshops.createWorkshop(workshop, items);
    await stores.workshops.updateWorkshop(workshop.id, { state: 'running', currentItemId: items[1]?.id ?? null });
    await stores.workshops.removeAgendaItem(workshop.id, items[1]?.id ?? '');
    expect(titles(await stores.workshops.listAgendaItems(workshop.id))).toEqual(['0:Welcome', '1:Health', '2:Close']);
    expect((await stores.workshops.findWorkshop(workshop.id))?.currentItemId).toBeNull();
    expect(await stores.workshops.appendAgendaItem(item(workshop.id, 'Thanks'), 30)).toBe(true);
    expect(titles(await stores.workshops.listAgendaItems(workshop.id)).at(-1)).toBe('3:Thanks');
  });

  it('reorders only when given exactly the agenda’s items', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    const [a, b, c] = ['Welcome', 'Housing', 'Health'].map((title) => item(workshop.id, title));
    if (!a || !b || !c) throw new Error('three items');
    await stores.workshops.createWorkshop(workshop, [a, b, c]);
    expect(await stores.workshops.reorderAgendaItems(workshop.id, [c.id, a.id, b.id])).toBe(true);
    expect(titles(await stores.workshops.listAgendaItems(workshop.id))).toEqual(['0:Health', '1:Welcome', '2:Housing']);
    for (const wrong of [
      [a.id, b.id],
      [a.id, b.id, c.id, randomUUID()],
      [a.id, a.id, b.id],
      [a.id, b.id, randomUUID()],
    ]) {
      expect(await stores.workshops.reorderAgendaItems(workshop.id, wrong)).toBe(false);
    }
    expect(titles(await stores.workshops.listAgendaItems(workshop.id))).toEqual(['0:Health', '1:Welcome', '2:Housing']);
  });

  it('keeps agendas apart when several change at once', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    await stores.workshops.createWorkshop(workshop, []);
    const added = await Promise.all(
      Array.from({ length: 8 }, (_, n) => stores.workshops.appendAgendaItem(item(workshop.id, `Item ${n}`), 6)),
    );
    expect(added.filter(Boolean)).toHaveLength(6);
    const positions = (await stores.workshops.listAgendaItems(workshop.id)).map((entry) => entry.position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('deletes a workshop with its agenda', async () => {
    const place = await addProjectWithDocument(stores);
    const workshop = workshopRecord(place);
    await stores.workshops.createWorkshop(workshop, [item(workshop.id, 'Welcome')]);
    await stores.workshops.deleteWorkshop(workshop.id);
    expect(await stores.workshops.findWorkshop(workshop.id)).toBeUndefined();
    expect(await stores.workshops.listAgendaItems(workshop.id)).toEqual([]);
  });
});
