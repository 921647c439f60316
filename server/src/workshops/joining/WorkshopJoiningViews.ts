import type {
  JoinedPersonView,
  JoinRequestView,
  WorkshopJoiningResponse,
  WorkshopLinkAddress,
  WorkshopLinkView,
} from '@roundtable/shared';
import type { ProjectStore } from '../../store/ProjectStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { JoinRequestRecord, WorkshopJoinStore, WorkshopLinkRecord } from '../../store/WorkshopJoinStore.ts';
import type { WorkshopRecord } from '../../store/WorkshopStore.ts';
import type { WorkshopLinkStates } from './WorkshopLinkStates.ts';

const iso = (at: number) => new Date(at).toISOString();

/** A workshop's joining as its facilitators see it: the working link, who waits, who came in through it. */
export class WorkshopJoiningViews {
  constructor(
    private readonly joinStore: WorkshopJoinStore,
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly states: WorkshopLinkStates,
    private readonly address: () => WorkshopLinkAddress,
  ) {}

  async joining(workshop: WorkshopRecord): Promise<WorkshopJoiningResponse> {
    const worksUntil = await this.states.worksUntil(workshop);
    const open = this.states.isOpen(workshop, worksUntil);
    const stored = await this.joinStore.findWorkingLink(workshop.id);
    // A link past the workshop's planned end lets nobody in, so it is not shown as working.
    const link = open && stored ? stored : null;
    const [waiting, admitted, members] = await Promise.all([
      link ? this.joinStore.listRequests(workshop.id, 'waiting') : Promise.resolve([]),
      this.joinStore.listRequests(workshop.id, 'admitted'),
      this.projectStore.listMembers(workshop.projectId),
    ]);
    const stillMembers = new Map(members.filter((m) => m.role === 'member').map((m) => [m.userId, m]));
    const joined: JoinedPersonView[] = [];
    for (const request of admitted) {
      const member = request.userId === null ? undefined : stillMembers.get(request.userId);
      if (!member || joined.some((person) => person.userId === member.userId)) continue;
      joined.push({
        userId: member.userId,
        displayName: member.displayName,
        perspective: member.perspective,
        joinedAt: iso(member.joinedAt),
      });
    }
    return {
      link: link && (await this.link(link, worksUntil)),
      address: this.address(),
      canMakeLink: open,
      waiting: waiting.filter((request) => request.linkId === link?.id).map(requestView),
      joined,
    };
  }

  async link(link: WorkshopLinkRecord, worksUntil: number): Promise<WorkshopLinkView> {
    const [maker] = await this.userStore.listPeopleNames([link.createdBy]);
    return {
      id: link.id,
      createdBy: { id: link.createdBy, displayName: maker?.displayName ?? 'A former member' },
      createdAt: iso(link.createdAt),
      worksUntil: iso(worksUntil),
      maxUses: link.maxUses,
      uses: link.uses,
    };
  }
}

function requestView(request: JoinRequestRecord): JoinRequestView {
  return {
    id: request.id,
    displayName: request.displayName,
    perspective: request.perspective,
    hasAccount: request.hadAccount,
    canComeBack: request.hadAccount || request.email !== null,
    askedAt: iso(request.askedAt),
  };
}
