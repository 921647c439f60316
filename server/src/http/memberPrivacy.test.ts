import { randomUUID } from 'node:crypto';
import type { DocumentDetailResponse, MeResponse, ProjectDetailResponse, VersionResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { typeParagraph } from '../testing/collaborationTestKit.ts';
import { type ConnectedDocument, connectDocument, eventually } from '../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

describe('what members see of each other', () => {
  let server: TestServer;
  const open: ConnectedDocument[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.destroy();
    await server.destroy();
  });

  const connect = (documentName: string, person: TestPerson) => {
    const tab = connectDocument(server.wsUrl, documentName, person.cookie);
    open.push(tab);
    return tab;
  };

  it('shows names and perspectives, never another member’s email address, in anything a member reads', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const bea = new TestPerson(server.url, 'Bea');
    const token = await ada.invite(projectId, 'facilitator');
    await bea.signUp(token);
    await bea.join(token, 'both');
    const detail = await ada.createDocument(projectId, 'blank', 'Older People’s Strategy');
    const name = detail.collaborationName;
    const documentId = detail.document.id;
    const documentPath = `/api/projects/${projectId}/documents/${documentId}`;

    // Everyone takes part: edits, presence, a named version, a thread with a mention, a reply.
    const adaTab = connect(name, ada);
    const beaTab = connect(name, bea);
    const samTab = connect(name, sam);
    const liveMessages: string[] = [];
    samTab.provider.on('stateless', ({ payload }: { payload: string }) => liveMessages.push(payload));
    await Promise.all([adaTab.synced, beaTab.synced, samTab.synced]);
    adaTab.provider.setAwarenessField('activity', { kind: 'reading' });
    beaTab.provider.setAwarenessField('activity', { kind: 'reading' });
    typeParagraph(adaTab.ydoc, 'Ada’s opening words');
    typeParagraph(beaTab.ydoc, 'Bea’s words');
    await eventually(
      () => adaTab.provider.unsyncedChanges === 0 && beaTab.provider.unsyncedChanges === 0,
      'the edits are saved',
    );
    const { version } = await ada.expectOk<VersionResponse>('POST', `${documentPath}/versions`, {
      name: 'Draft for workshop 2',
    });
    const threadId = randomUUID();
    await ada.expectOk('POST', `${documentPath}/comments/threads`, {
      id: threadId,
      anchor: 'document',
      body: 'What do you think, @Sam and @Bea?',
    });
    await bea.expectOk('POST', `${documentPath}/comments/threads/${threadId}/replies`, { body: 'Agreed, @Sam.' });
    await eventually(
      () => (samTab.provider.awareness?.getStates().size ?? 0) >= 3 && liveMessages.length >= 2,
      'Sam sees everyone present and hears of the comments',
    );

    const othersEmails = [ada.email, bea.email];
    const read = async (path: string) => {
      const result = await sam.request<unknown>('GET', path);
      expect(result.status, path).toBe(200);
      return JSON.stringify(result.body);
    };
    const seen = new Map<string, string>();
    for (const path of [
      '/api/projects',
      `/api/projects/${projectId}`,
      documentPath,
      `${documentPath}/comments`,
      `${documentPath}/history`,
      `${documentPath}/authorship`,
      `${documentPath}/contributions`,
      `${documentPath}/versions`,
      `${documentPath}/versions/${version.id}`,
      `${documentPath}/compare?from=${version.id}`,
      `${documentPath}/since-last-visit`,
      `/api/projects/${projectId}/whats-new`,
      '/api/inbox',
    ]) {
      seen.set(path, await read(path));
    }
    seen.set('presence', JSON.stringify([...(samTab.provider.awareness?.getStates().values() ?? [])]));
    seen.set('live comment messages', JSON.stringify(liveMessages));

    for (const [where, text] of seen) {
      for (const email of othersEmails) expect(text, where).not.toContain(email);
      // Not Sam's own either: only his own account says it.
      expect(text, where).not.toContain('@example.org');
    }
    // What Sam is shown instead: names and perspectives.
    const project = JSON.parse(seen.get(`/api/projects/${projectId}`) ?? '{}') as ProjectDetailResponse;
    expect(project.members.map((member) => [member.displayName, member.perspective]).sort()).toEqual([
      ['Ada', 'unsaid'],
      ['Bea', 'both'],
      ['Sam', 'professional'],
    ]);
    for (const member of project.members) {
      expect(Object.keys(member)).not.toContain('email');
      // Whether someone asked for emails is theirs alone; they see it as their own `me`.
      expect(Object.keys(member)).not.toContain('emailNotifications');
    }
    expect(project.me.emailNotifications).toBe(false);
    expect(seen.get('presence')).toContain('"name":"Ada"');
    expect(seen.get('/api/inbox')).toContain('Bea');
    expect((await sam.expectOk<MeResponse>('GET', '/api/me')).user.email).toBe(sam.email);
    expect((await sam.expectOk<DocumentDetailResponse>('GET', documentPath)).document.id).toBe(documentId);
  });

  it('keeps members’ email addresses out of the lead’s view of the project too, which never shows them', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const project = await ada.request<ProjectDetailResponse>('GET', `/api/projects/${projectId}`);
    expect(project.body.members.map((member) => member.displayName).sort()).toEqual(['Ada', 'Sam']);
    expect(JSON.stringify(project.body)).not.toContain(sam.email);
  });
});
