import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { CloseCode, closeReasons } from '@roundtable/shared';
import { AccountMailer } from './auth/AccountMailer.ts';
import { AccountNotifier } from './auth/AccountNotifier.ts';
import { AccountService } from './auth/AccountService.ts';
import { AdministrationService } from './auth/AdministrationService.ts';
import { AuthService } from './auth/AuthService.ts';
import { OrganisationSignInService } from './auth/oidc/OrganisationSignInService.ts';
import { organisationAccountsHaveNoPassword } from './auth/oidc/organisationAccountsHaveNoPassword.ts';
import { PasswordResetService } from './auth/PasswordResetService.ts';
import { SignInLimiter } from './auth/SignInLimiter.ts';
import { type Clock, systemClock } from './Clock.ts';
import { attachCollaboration } from './collaboration/attachCollaboration.ts';
import { broadcastLiveEvents } from './collaboration/broadcastLiveEvents.ts';
import type { CollaborationContext } from './collaboration/CollaborationContext.ts';
import { collaborationExtensions } from './collaboration/collaborationExtensions.ts';
import { LiveSockets } from './collaboration/LiveSockets.ts';
import { LoadedDocuments } from './collaboration/LoadedDocuments.ts';
import { Recovery } from './collaboration/Recovery.ts';
import { ServerEdits } from './collaboration/ServerEdits.ts';
import { CommentAccess } from './comments/CommentAccess.ts';
import { CommentMailer } from './comments/CommentMailer.ts';
import { type CommentLimits, CommentService } from './comments/CommentService.ts';
import { InboxService } from './comments/InboxService.ts';
import { WhatsNewService } from './comments/WhatsNewService.ts';
import type { Config } from './config.ts';
import { DocumentLog } from './documents/DocumentLog.ts';
import { DocumentService } from './documents/DocumentService.ts';
import { AccessEvents } from './events/AccessEvents.ts';
import { CommentEvents } from './events/CommentEvents.ts';
import { WorkshopRoomEvents } from './events/WorkshopRoomEvents.ts';
import { WorkshopRunEvents } from './events/WorkshopRunEvents.ts';
import { ExportService } from './export/ExportService.ts';
import { HistoryService } from './history/HistoryService.ts';
import { RecentHistoryIndexes } from './history/RecentHistoryIndexes.ts';
import { VersionService } from './history/VersionService.ts';
import { createHttpApp } from './http/createHttpApp.ts';
import { isLoopbackName } from './http/isLoopbackName.ts';
import { originChecker } from './http/originChecker.ts';
import { createMailTransport } from './mail/createMailTransport.ts';
import { AccessNeedsService } from './personal-data/AccessNeedsService.ts';
import { createPersonalDataServices } from './personal-data/createPersonalDataServices.ts';
import { MembershipService } from './projects/MembershipService.ts';
import { ProjectService } from './projects/ProjectService.ts';
import type { Stores } from './store/Stores.ts';
import { TimeGivenService } from './time-given/TimeGivenService.ts';
import { AttendanceRecorder } from './workshops/attendance/AttendanceRecorder.ts';
import { createWorkshopServices } from './workshops/createWorkshopServices.ts';
import { createIdeasServices } from './workshops/ideas/createIdeasServices.ts';
import { createWorkshopJoiningServices } from './workshops/joining/createWorkshopJoiningServices.ts';
import { createWorkshopRoomServices } from './workshops/live/createWorkshopRoomServices.ts';
import { WorkshopAccess } from './workshops/WorkshopAccess.ts';
import { WorkshopAccessNeeds } from './workshops/WorkshopAccessNeeds.ts';

export interface Roundtable {
  url: string;
  port: number;
  hocuspocus: Hocuspocus<CollaborationContext>;
  /** Stops taking connections, saves open documents and closes the store. */
  close(): Promise<void>;
}

/** What tests change; a real server leaves these alone. */
export interface RoundtableOptions {
  /** The clock for everything that reads the time: sessions, invites, the log, versions, comments, visits. */
  now?: Clock;
  commentLimits?: CommentLimits;
}

/** Emails still being sent get this long to finish when the server stops. */
const MAIL_DRAIN_MS = 2000;

/** Wires the services, the HTTP app and the collaboration server onto one port. */
export async function createRoundtable(
  config: Config,
  stores: Stores,
  options: RoundtableOptions = {},
): Promise<Roundtable> {
  await stores.migrate();
  const clock = options.now ?? systemClock;
  const events = new AccessEvents();
  const commentEvents = new CommentEvents();
  const auth = new AuthService(stores.users, new SignInLimiter(clock), events, clock);
  // Links in emails lead to PUBLIC_ORIGIN, or this server's own address: never to a Host a request claimed.
  const accountMailer =
    config.smtpUrl === undefined
      ? undefined
      : new AccountMailer(createMailTransport(config.smtpUrl), {
          from: config.mailFrom,
          origin: () => config.publicOrigin ?? url,
          logger: { error: (details, message) => app.log.error(details, message) },
        });
  const accountNotifier = new AccountNotifier(stores.users, accountMailer, clock);
  const account = new AccountService(stores.users, events, accountNotifier, clock);
  const passwordResets = new PasswordResetService(
    organisationAccountsHaveNoPassword(stores.users, stores.identities),
    events,
    accountNotifier,
    accountMailer,
    clock,
  );
  const administration = new AdministrationService(stores.users, passwordResets);
  const projects = new ProjectService(stores.projects, events, clock);
  const memberships = new MembershipService(stores.projects, stores.users, projects, events, clock);
  const documents = new DocumentService(stores.documents, stores.log, stores.versions, projects, events, clock);
  const log = new DocumentLog(stores.log, clock);
  const loaded = new LoadedDocuments();
  const edits = new ServerEdits(log, loaded);
  const versions = new VersionService(
    stores.versions,
    stores.log,
    stores.projects,
    stores.users,
    projects,
    documents,
    log,
    edits,
    clock,
  );
  const indexes = new RecentHistoryIndexes(stores.log);
  const history = new HistoryService(
    stores.projects,
    stores.users,
    stores.versions,
    stores.comments,
    stores.visits,
    projects,
    documents,
    indexes,
    versions,
    clock,
  );
  const exports = new ExportService(
    stores.comments,
    stores.projects,
    stores.users,
    projects,
    documents,
    versions,
    indexes,
    log,
    clock,
  );
  const commentAccess = new CommentAccess(stores.comments, projects, documents);
  const comments = new CommentService(
    stores.comments,
    stores.projects,
    stores.users,
    commentAccess,
    commentEvents,
    clock,
    options.commentLimits,
  );
  const inbox = new InboxService(stores.inbox, clock);
  const whatsNew = new WhatsNewService(
    stores.visits,
    stores.documents,
    stores.log,
    stores.comments,
    stores.inbox,
    stores.users,
    projects,
    clock,
  );
  const timeGiven = new TimeGivenService(
    stores.timeGiven,
    stores.workshops,
    stores.users,
    projects,
    // Asked only once the app below is listening, by which time the recorder exists.
    () => attendance.noteSeen(),
    clock,
  );
  const { personalData, accountErasure } = createPersonalDataServices({
    stores,
    history,
    timeGiven,
    events,
    clock,
    // Called only once the app below is listening.
    logError: (message, error) => app.log.error({ err: error }, message),
  });
  const organisationSignIn =
    config.organisationSignIn &&
    new OrganisationSignInService(config.organisationSignIn, stores.identities, stores.users, auth, clock);
  const runEvents = new WorkshopRunEvents();
  const { workshops, agendas, runs } = createWorkshopServices({
    workshopStore: stores.workshops,
    documentStore: stores.documents,
    userStore: stores.users,
    projects,
    documents,
    log,
    // Asked only once the app below is listening, by which time the collaboration server exists.
    openDocument: (documentName) => hocuspocus.documents.get(documentName),
    runEvents,
    clock,
  });
  const roomEvents = new WorkshopRoomEvents();
  const room = createWorkshopRoomServices({
    workshopStore: stores.workshops,
    handStore: stores.hands,
    timeGivenStore: stores.timeGiven,
    noteSeen: () => attendance.noteSeen(),
    userStore: stores.users,
    projects,
    log,
    openDocument: (documentName) => hocuspocus.documents.get(documentName),
    events: roomEvents,
    clock,
  });
  const ideas = createIdeasServices({
    ideasStore: stores.ideas,
    secretStore: stores.secrets,
    workshopStore: stores.workshops,
    userStore: stores.users,
    projects,
    log,
    openDocument: (documentName) => hocuspocus.documents.get(documentName),
    events: roomEvents,
    clock,
  });
  const joining = createWorkshopJoiningServices({
    joinStore: stores.joining,
    workshopStore: stores.workshops,
    projectStore: stores.projects,
    userStore: stores.users,
    projects,
    auth,
    events,
    // Asked only once the app below is listening. Phones in the room reach PUBLIC_ORIGIN, never localhost.
    address: () => ({
      origin: config.publicOrigin ?? url,
      reachableFromOtherDevices:
        config.publicOrigin !== undefined && !isLoopbackName(new URL(config.publicOrigin).hostname),
    }),
    clock,
  });
  const accessNeeds = new AccessNeedsService(stores.accessNeeds, clock);
  const workshopAccessNeeds = new WorkshopAccessNeeds(
    stores.accessNeeds,
    stores.projects,
    new WorkshopAccess(stores.workshops, projects),
  );
  const checkSource = originChecker(config.publicOrigin);

  const app = await createHttpApp({
    services: {
      auth,
      account,
      administration,
      passwordResets,
      projects,
      memberships,
      documents,
      versions,
      history,
      exports,
      comments,
      inbox,
      whatsNew,
      workshops,
      agendas,
      workshopRuns: runs,
      hands: room.hands,
      bringEveryone: room.bringEveryone,
      roomAttendance: room.attendance,
      ...ideas,
      timeGiven,
      ...joining,
      personalData,
      accountErasure,
      accessNeeds,
      workshopAccessNeeds,
      cookies: { secure: config.publicOrigin?.startsWith('https:') ?? false },
      organisationSignIn,
    },
    checkSource,
    clientDir: config.clientDir,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
  });

  const sockets = new LiveSockets(events);
  const attendance = new AttendanceRecorder(stores.timeGiven, stores.workshops, app.log, clock);
  const collaboration = collaborationExtensions({
    auth,
    projects,
    documents,
    history,
    versions,
    log,
    loaded,
    sockets,
    logger: app.log,
    clock,
    attendance,
    recovery: config.recoveringFromBackup ? new Recovery(clock()) : undefined,
  });
  const hocuspocus = new Hocuspocus<CollaborationContext>({
    quiet: true,
    debounce: 2000,
    maxDebounce: 10_000,
    extensions: collaboration.extensions,
  });
  edits.attach(hocuspocus);
  broadcastLiveEvents(hocuspocus, {
    access: events,
    comments: commentEvents,
    workshopRun: runEvents,
    workshopRoom: roomEvents,
  });
  runEvents.on('runChanged', ({ documentName, message }) =>
    attendance.runChanged(
      message.run,
      (hocuspocus.documents.get(documentName)?.getConnections() ?? []).map((connection) => connection.context),
    ),
  );
  const wss = attachCollaboration(app.server, { hocuspocus, auth, sockets, checkSource });

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stores.close();
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new Error(
        `Port ${config.port} is already in use. Start Roundtable on another port, for example: PORT=3001 pnpm start`,
      );
    }
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  const mailer =
    config.smtpUrl === undefined
      ? undefined
      : new CommentMailer(
          stores.projects,
          stores.users,
          stores.documents,
          stores.comments,
          createMailTransport(config.smtpUrl),
          { from: config.mailFrom, origin: config.publicOrigin ?? url },
          app.log,
        );
  mailer?.listenTo(commentEvents);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // Providers reconnect by themselves once the server is back; nothing is lost:
      // an update is acknowledged only once it is in the log.
      sockets.closeAll(CloseCode.ServerRestarting, closeReasons.ServerRestarting);
      for (const client of wss.clients) client.terminate();
      wss.close();
      // Requests in progress (a version being restored) finish first.
      await app.close();
      personalData.forget();
      await attendance.stop();
      const unsaved = await log.drain();
      // Every logged update is in the open documents; a checkpoint makes the next load quick.
      await collaboration.persistence.checkpointOpenDocuments(hocuspocus.documents);
      if (mailer) {
        await Promise.race([mailer.idle(), new Promise((resolve) => setTimeout(resolve, MAIL_DRAIN_MS).unref())]);
        mailer.close();
      }
      if (accountMailer) {
        await Promise.race([
          accountMailer.idle(),
          new Promise((resolve) => setTimeout(resolve, MAIL_DRAIN_MS).unref()),
        ]);
        accountMailer.close();
      }
      await stores.close();
      if (unsaved > 0) {
        throw new Error(
          `${unsaved} update${unsaved === 1 ? '' : 's'} could not be written to the database while stopping. They were never acknowledged: each person's device still holds them and sends them again when it reconnects.`,
        );
      }
    })();
    return closing;
  };
  return { url, port, hocuspocus, close };
}
