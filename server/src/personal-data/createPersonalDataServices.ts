import type { Clock } from '../Clock.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { HistoryService } from '../history/HistoryService.ts';
import type { Stores } from '../store/Stores.ts';
import type { TimeGivenService } from '../time-given/TimeGivenService.ts';
import { AccountErasure } from './AccountErasure.ts';
import { PersonalDataCollector } from './PersonalDataCollector.ts';
import { PersonalDataExports } from './PersonalDataExports.ts';

export interface PersonalDataDependencies {
  stores: Pick<Stores, 'users' | 'projects' | 'documents' | 'comments' | 'accessNeeds'>;
  history: HistoryService;
  timeGiven: Pick<TimeGivenService, 'statement'>;
  events: AccessEvents;
  clock: Clock;
  /** Where a failed archive is reported, once the app exists. */
  logError: (message: string, error: unknown) => void;
}

/** A person's own data: the copy they can download, and deleting their account. Wired once for the composition root. */
export function createPersonalDataServices(deps: PersonalDataDependencies) {
  const { stores, clock } = deps;
  const personalData = new PersonalDataExports(
    new PersonalDataCollector(
      stores.users,
      stores.projects,
      stores.documents,
      stores.comments,
      deps.history,
      stores.accessNeeds,
      deps.timeGiven,
    ),
    clock,
    deps.logError,
  );
  const accountErasure = new AccountErasure(
    stores.users,
    stores.projects,
    stores.comments,
    personalData,
    deps.events,
    clock,
    stores.accessNeeds,
  );
  return { personalData, accountErasure };
}
