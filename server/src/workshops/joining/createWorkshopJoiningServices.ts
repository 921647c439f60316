import type { WorkshopLinkAddress } from '@roundtable/shared';
import type { AuthService } from '../../auth/AuthService.ts';
import type { Clock } from '../../Clock.ts';
import type { AccessEvents } from '../../events/AccessEvents.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { ProjectStore } from '../../store/ProjectStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { WorkshopJoinStore } from '../../store/WorkshopJoinStore.ts';
import type { WorkshopStore } from '../../store/WorkshopStore.ts';
import { WorkshopAccess } from '../WorkshopAccess.ts';
import { JoinAttemptLimiter } from './JoinAttemptLimiter.ts';
import { JoinDecisions } from './JoinDecisions.ts';
import { WorkshopJoiningViews } from './WorkshopJoiningViews.ts';
import { WorkshopJoinService } from './WorkshopJoinService.ts';
import { WorkshopLinkService } from './WorkshopLinkService.ts';
import { WorkshopLinkStates } from './WorkshopLinkStates.ts';

export interface WorkshopJoiningDependencies {
  joinStore: WorkshopJoinStore;
  workshopStore: WorkshopStore;
  projectStore: ProjectStore;
  userStore: UserStore;
  projects: ProjectService;
  auth: AuthService;
  events: AccessEvents;
  /** Where links point: PUBLIC_ORIGIN, or the server's own address (asked once it is listening). */
  address: () => WorkshopLinkAddress;
  clock: Clock;
}

/** The services for joining a workshop through its link, wired once for the composition root. */
export function createWorkshopJoiningServices(deps: WorkshopJoiningDependencies) {
  const access = new WorkshopAccess(deps.workshopStore, deps.projects);
  const states = new WorkshopLinkStates(deps.joinStore, deps.workshopStore, deps.clock);
  const views = new WorkshopJoiningViews(deps.joinStore, deps.projectStore, deps.userStore, states, deps.address);
  return {
    workshopLinks: new WorkshopLinkService(deps.joinStore, access, states, views, deps.address, deps.clock),
    joinDecisions: new JoinDecisions(deps.joinStore, deps.projectStore, access, states, views, deps.events, deps.clock),
    workshopJoins: new WorkshopJoinService(
      deps.joinStore,
      deps.projectStore,
      deps.userStore,
      states,
      new JoinAttemptLimiter(deps.clock),
      deps.auth,
      deps.clock,
    ),
  };
}
