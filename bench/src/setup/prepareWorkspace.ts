import { randomUUID } from 'node:crypto';
import { buildDocumentName } from '@roundtable/shared';
import type { BenchClient } from '../clients/BenchClient.ts';
import { connectClient } from '../clients/connectClient.ts';
import { isRoundtable } from '../servers/ServerKind.ts';
import type { RunningServer } from '../servers/startServer.ts';
import { RoundtablePerson } from './RoundtablePerson.ts';

export interface Workspace {
  /** Roundtable's project id; random for the others. */
  projectId: string;
  documentNames: string[];
  /** Roundtable's document ids (for reading its database); random for the others. */
  documentIds: string[];
  /** One session per person; undefined where the server signs nobody in. */
  sessions: (string | undefined)[];
  /** Opens a document as one of the people (people are reused round-robin). */
  connect(documentIndex: number, personIndex: number): BenchClient;
  /** One of the people on Roundtable's JSON API, on the server as it is now (person 0 is the lead). */
  api(personIndex: number): RoundtablePerson;
}

/**
 * The session of each server's first account, by data directory, so scenarios sharing
 * one server (the smoke run) can each make a project, across restarts too.
 */
const leadSessions = new Map<string, string | undefined>();
let membersMade = 0;

/**
 * Documents and people for a scenario. On Roundtable they are made through its API like a
 * lead would: the first account, a project, documents, and invited members who sign up
 * once each (many clients share a few people, which the server allows as long as each
 * client has its own Yjs client id). The other servers take any document name.
 * `host` is read on every connect, so connections follow a restarted server.
 */
export async function prepareWorkspace(
  host: { readonly server: RunningServer },
  { documents, people }: { documents: number; people: number },
): Promise<Workspace> {
  const { server } = host;
  const documentIds: string[] = [];
  const documentNames: string[] = [];
  const sessions: (string | undefined)[] = [];
  const names: string[] = [];
  let projectId: string = randomUUID();
  if (isRoundtable(server.kind)) {
    const lead = new RoundtablePerson(server.httpUrl, server.origin, 'Bench Lead');
    lead.sessionCookie = leadSessions.get(server.dataDir);
    if (!lead.sessionCookie) {
      await lead.signUp();
      leadSessions.set(server.dataDir, lead.sessionCookie);
    }
    projectId = await lead.createProject('Benchmark project');
    for (let index = 0; index < documents; index += 1) {
      const documentId = await lead.createDocument(projectId, `Strategy ${index + 1}`);
      documentIds.push(documentId);
      documentNames.push(buildDocumentName({ projectId, documentId }));
    }
    sessions.push(lead.sessionCookie);
    names.push(lead.displayName);
    for (let index = 1; index < people; index += 1) {
      membersMade += 1;
      const member = new RoundtablePerson(server.httpUrl, server.origin, `Bench Member ${membersMade}`);
      const token = await lead.invite(projectId);
      await member.signUp(token);
      await member.join(token);
      sessions.push(member.sessionCookie);
      names.push(member.displayName);
    }
  } else {
    for (let index = 0; index < documents; index += 1) {
      const documentId = randomUUID();
      documentIds.push(documentId);
      documentNames.push(buildDocumentName({ projectId, documentId }));
    }
    sessions.push(undefined);
  }
  return {
    projectId,
    documentNames,
    documentIds,
    sessions,
    connect(documentIndex, personIndex) {
      const documentName = documentNames[documentIndex % documentNames.length] as string;
      const sessionCookie = sessions[personIndex % sessions.length];
      // Read the server each time: a restarted server listens on a new port.
      const { kind, wsUrl, origin } = host.server;
      return connectClient(kind, { wsUrl, origin, sessionCookie }, documentName);
    },
    api(personIndex) {
      const index = personIndex % sessions.length;
      const person = new RoundtablePerson(host.server.httpUrl, host.server.origin, names[index] ?? 'Bench Person');
      person.sessionCookie = sessions[index];
      return person;
    },
  };
}
