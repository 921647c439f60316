import type { AccountService } from '../../auth/AccountService.ts';
import type { AdministrationService } from '../../auth/AdministrationService.ts';
import type { AuthService } from '../../auth/AuthService.ts';
import type { OrganisationSignInService } from '../../auth/oidc/OrganisationSignInService.ts';
import type { PasswordResetService } from '../../auth/PasswordResetService.ts';
import type { CommentService } from '../../comments/CommentService.ts';
import type { InboxService } from '../../comments/InboxService.ts';
import type { WhatsNewService } from '../../comments/WhatsNewService.ts';
import type { DocumentService } from '../../documents/DocumentService.ts';
import type { ExportService } from '../../export/ExportService.ts';
import type { HistoryService } from '../../history/HistoryService.ts';
import type { VersionService } from '../../history/VersionService.ts';
import type { AccessNeedsService } from '../../personal-data/AccessNeedsService.ts';
import type { AccountErasure } from '../../personal-data/AccountErasure.ts';
import type { PersonalDataExports } from '../../personal-data/PersonalDataExports.ts';
import type { MembershipService } from '../../projects/MembershipService.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { TimeGivenService } from '../../time-given/TimeGivenService.ts';
import type { AgendaService } from '../../workshops/AgendaService.ts';
import type { RoomAttendanceService } from '../../workshops/attendance/RoomAttendanceService.ts';
import type { IdeaCardService } from '../../workshops/ideas/IdeaCardService.ts';
import type { IdeasRoundService } from '../../workshops/ideas/IdeasRoundService.ts';
import type { IdeasVotingService } from '../../workshops/ideas/IdeasVotingService.ts';
import type { JoinDecisions } from '../../workshops/joining/JoinDecisions.ts';
import type { WorkshopJoinService } from '../../workshops/joining/WorkshopJoinService.ts';
import type { WorkshopLinkService } from '../../workshops/joining/WorkshopLinkService.ts';
import type { BringEveryoneService } from '../../workshops/live/BringEveryoneService.ts';
import type { HandService } from '../../workshops/live/HandService.ts';
import type { WorkshopRunService } from '../../workshops/run/WorkshopRunService.ts';
import type { WorkshopAccessNeeds } from '../../workshops/WorkshopAccessNeeds.ts';
import type { WorkshopService } from '../../workshops/WorkshopService.ts';
import type { CookieSettings } from '../sessionCookie.ts';

/** The domain services that routes call; routes hold no logic of their own. */
export interface RouteServices {
  auth: AuthService;
  account: AccountService;
  administration: AdministrationService;
  passwordResets: PasswordResetService;
  projects: ProjectService;
  memberships: MembershipService;
  documents: DocumentService;
  versions: VersionService;
  history: HistoryService;
  exports: ExportService;
  comments: CommentService;
  inbox: InboxService;
  whatsNew: WhatsNewService;
  personalData: PersonalDataExports;
  accountErasure: AccountErasure;
  workshops: WorkshopService;
  agendas: AgendaService;
  /** Starting, moving on, timing and ending workshops. */
  workshopRuns: WorkshopRunService;
  /** Hands in a running workshop. */
  hands: HandService;
  bringEveryone: BringEveryoneService;
  roomAttendance: RoomAttendanceService;
  /** Ideas rounds of a workshop, and each person's own view of them. */
  ideasRounds: IdeasRoundService;
  ideaCards: IdeaCardService;
  ideasVoting: IdeasVotingService;
  timeGiven: TimeGivenService;
  /** A workshop's link and QR code, and who waits to join through it. */
  workshopLinks: WorkshopLinkService;
  joinDecisions: JoinDecisions;
  workshopJoins: WorkshopJoinService;
  /** A person's own record of what helps them take part. */
  accessNeeds: AccessNeedsService;
  /** What helps a project's members take part, for leads and facilitators planning a workshop. */
  workshopAccessNeeds: WorkshopAccessNeeds;
  cookies: CookieSettings;
  /** Staff signing in through their organisation, where it is set up. */
  organisationSignIn?: OrganisationSignInService;
}
