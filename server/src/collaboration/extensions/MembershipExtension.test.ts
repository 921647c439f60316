import { randomUUID } from 'node:crypto';
import type { onAuthenticatePayload } from '@hocuspocus/server';
import {
  buildDocumentName,
  CloseCode,
  closeReasons,
  collaborationToken,
  DOCUMENT_SCHEMA_VERSION,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import type { AuthService } from '../../auth/AuthService.ts';
import type { DocumentService } from '../../documents/DocumentService.ts';
import { AccessEvents } from '../../events/AccessEvents.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import { textOf, typeParagraph, useCollaborationServer } from '../../testing/collaborationTestKit.ts';
import { eventually } from '../../testing/connectDocument.ts';
import { TestPerson } from '../../testing/TestPerson.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { LiveSockets } from '../LiveSockets.ts';
import { MembershipExtension } from './MembershipExtension.ts';

describe('MembershipExtension', () => {
  const kit = useCollaborationServer();

  it('refuses a person who is not a member, without loading the document for them', async () => {
    const { ada, name } = await kit.sharedDocument();
    const outsider = new TestPerson(kit.server.url, 'Olu');
    const token = await ada.invite(await ada.createProject('Another project'));
    await outsider.signUp(token);
    const tab = kit.connect(name, outsider.cookie);
    expect(await tab.refused).toBe('not-a-member');
    expect(await tab.closed).toEqual({ code: CloseCode.NotAMember, reason: closeReasons.NotAMember });
    expect(textOf(tab.ydoc)).toBe('');
    expect(kit.server.roundtable.hocuspocus.documents.has(name)).toBe(false);
  });

  it('closes the socket with the same code for a document that does not exist', async () => {
    const { ada, projectId } = await kit.sharedDocument();
    const missing = kit.connect(buildDocumentName({ projectId, documentId: randomUUID() }), ada.cookie);
    expect(await missing.refused).toBe('not-a-member');
    expect(await missing.closed).toEqual({ code: CloseCode.NotAMember, reason: closeReasons.NotAMember });
  });

  it('cuts off a removed member at once, and refuses them afterwards', async () => {
    const { ada, sam, projectId, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);

    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${sam.id}`);
    expect((await samTab.closed).code).toBe(CloseCode.AccessRevoked);

    typeParagraph(adaTab.ydoc, 'After Sam left');
    const again = kit.connect(name, sam.cookie);
    expect(await again.refused).toBe('not-a-member');
    expect((await again.closed).code).toBe(CloseCode.NotAMember);
    expect(textOf(again.ydoc)).not.toContain('After Sam left');
  });

  it.each([
    ['says nothing of its schema, as pages before schema versions did', 'cookie'],
    ['was built for an older schema', collaborationToken(DOCUMENT_SCHEMA_VERSION - 1)],
  ])('tells a page to reload, and sends it nothing, when it %s', async (_case, token) => {
    const { ada, name } = await kit.sharedDocument();
    const current = kit.connect(name, ada.cookie);
    await current.synced;
    typeParagraph(current.ydoc, 'Written with the current editor');
    await eventually(() => kit.serverText(name).includes('Written with the current editor'), 'the edit is accepted');

    const old = kit.connect(name, ada.cookie, { token });
    expect(await old.refused).toBe('reload-needed');
    expect(await old.closed).toEqual({ code: CloseCode.ReloadNeeded, reason: closeReasons.ReloadNeeded });
    expect(textOf(old.ydoc)).toBe('');
  });

  it('lets in a page built for the current schema or a newer one', async () => {
    const { sam, name } = await kit.sharedDocument();
    const newer = kit.connect(name, sam.cookie, { token: collaborationToken(DOCUMENT_SCHEMA_VERSION + 1) });
    await newer.synced;
    typeParagraph(newer.ydoc, 'Written with a newer editor');
    await eventually(() => kit.serverText(name).includes('Written with a newer editor'), 'the edit is accepted');
  });

  it('opens a document of another project as not found, even with a valid document id', async () => {
    const { ada, projectId, documentId } = await kit.sharedDocument();
    const otherProject = await ada.createProject('Another');
    const tab = kit.connect(buildDocumentName({ projectId: otherProject, documentId }), ada.cookie);
    expect(await tab.refused).toBe('not-a-member');
    expect((await tab.closed).code).toBe(CloseCode.NotAMember);
    expect(projectId).not.toBe(otherProject);
  });

  it('reconnects people when a document is archived, after which it is read-only for everyone', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
    await ada.expectOk('PATCH', `/api/projects/${projectId}/documents/${documentId}`, { archived: true });
    expect((await samTab.closed).code).toBe(CloseCode.AccessChanged);

    const again = kit.connect(name, sam.cookie);
    await again.synced;
    typeParagraph(again.ydoc, 'Written after archiving');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(kit.serverText(name)).not.toContain('Written after archiving');

    await ada.expectOk('PATCH', `/api/projects/${projectId}/documents/${documentId}`, { archived: false });
    expect((await again.closed).code).toBe(CloseCode.AccessChanged);
    const restored = kit.connect(name, sam.cookie);
    await restored.synced;
    typeParagraph(restored.ydoc, 'Written after restoring');
    await eventually(() => kit.serverText(name).includes('Written after restoring'), 'the edit is accepted');
  });
});

describe('MembershipExtension when the server cannot check', () => {
  it('closes with a retryable code instead of calling a member a non-member', async () => {
    const events = new AccessEvents();
    const sockets = new LiveSockets(events);
    const closed: number[] = [];
    sockets.add('socket-1', { socket: { close: (code) => closed.push(code) }, userId: 'u1', sessionTokenHash: 'h' });
    const failing = {
      requireMember: () => Promise.reject(new Error('database is locked')),
    } as unknown as ProjectService;
    const errors: object[] = [];
    const extension = new MembershipExtension({} as AuthService, failing, {} as DocumentService, sockets, {
      error: (details) => errors.push(details),
    });
    const documentName = buildDocumentName({ projectId: randomUUID(), documentId: randomUUID() });
    const attempt = extension.onAuthenticate({
      documentName,
      token: collaborationToken(),
      context: {
        user: { id: 'u1', displayName: 'Ada', email: 'a@example.org' },
        sessionTokenHash: 'h',
        sessionExpiresAt: Date.now() + 1000,
        socketId: 'socket-1',
      },
      connectionConfig: { readOnly: false, isAuthenticated: false },
    } as unknown as onAuthenticatePayload<CollaborationContext>);
    await expect(attempt).rejects.toMatchObject({ code: CloseCode.ServerError });
    expect(closed).toEqual([CloseCode.ServerError]);
    expect(errors).toHaveLength(1);
  });
});
