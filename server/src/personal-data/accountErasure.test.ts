import { randomUUID } from 'node:crypto';
import {
  type CommentThreadsResponse,
  ERASED_ACCOUNT_NAME,
  type ProjectDetailResponse,
  SESSION_COOKIE,
  type VersionResponse,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { TestPerson } from '../testing/TestPerson.ts';

const NAME = 'Zephyrine Quill';

describe('deleting an account', () => {
  const kit = useCollaborationServer();

  async function groupWithZephyrine() {
    const shared = await kit.sharedDocument();
    const { ada, projectId, documentId, name } = shared;
    const zephyrine = new TestPerson(kit.server.url, NAME);
    const token = await ada.invite(projectId);
    await zephyrine.signUp(token);
    await zephyrine.join(token, 'lived-experience');
    const base = `/api/projects/${projectId}/documents/${documentId}`;

    const tab = kit.connect(name, zephyrine.cookie);
    await tab.synced;
    typeParagraph(tab.ydoc, 'Respite care must be easy to book.');
    await eventually(() => kit.serverText(name).includes('Respite care'), 'her words are saved');
    tab.destroy();
    const threadId = randomUUID();
    await zephyrine.expectOk('POST', `${base}/comments/threads`, {
      id: threadId,
      anchor: 'document',
      body: 'Carers need evening sessions.',
    });
    await ada.expectOk('POST', `${base}/comments/threads/${threadId}/replies`, {
      body: `Thank you @${NAME}, and @Sam too.`,
    });
    const { version } = await ada.expectOk<VersionResponse>('POST', `${base}/versions`, { name: 'First draft' });
    return { ...shared, zephyrine, base, threadId, versionId: version.id };
  }

  it('keeps her words, credited to a former member, and takes her name and email out of everything', async () => {
    const { ada, sam, zephyrine, projectId, base, versionId } = await groupWithZephyrine();

    const wrong = await zephyrine.request('POST', '/api/account/delete', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    const cookie = zephyrine.cookie;
    const deleted = await zephyrine.request('POST', '/api/account/delete', { password: zephyrine.password });
    expect(deleted.status).toBe(204);
    expect(zephyrine.cookie).toBeUndefined();

    // The account is gone: the old session and the old password open nothing.
    const oldSession = await fetch(`${kit.server.url}/api/me`, { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
    expect(oldSession.status).toBe(401);
    const signIn = await zephyrine.request('POST', '/api/auth/signin', {
      email: zephyrine.email,
      password: zephyrine.password,
    });
    expect(signIn.status).toBe(401);

    const seen = new Map<string, string>();
    for (const person of [ada, sam]) {
      for (const path of [
        '/api/projects',
        `/api/projects/${projectId}`,
        base,
        `${base}/comments`,
        `${base}/history`,
        `${base}/authorship`,
        `${base}/contributions`,
        `${base}/versions`,
        `${base}/versions/${versionId}`,
        `${base}/compare?from=${versionId}`,
        `${base}/since-last-visit`,
        `/api/projects/${projectId}/whats-new`,
        '/api/inbox',
      ]) {
        const result = await person.request<unknown>('GET', path);
        expect(result.status, path).toBe(200);
        seen.set(`${person.displayName} ${path}`, JSON.stringify(result.body));
      }
    }
    for (const format of ['md', 'html']) {
      const response = await fetch(`${ada.baseUrl}${base}/export?format=${format}&comments=1`, {
        headers: { cookie: `${SESSION_COOKIE}=${ada.cookie}` },
      });
      expect(response.status).toBe(200);
      seen.set(`export ${format}`, await response.text());
    }
    const admin = await ada.request<unknown>('GET', '/api/admin/accounts?search=');
    seen.set('administrators’ list', JSON.stringify(admin.body));

    for (const [where, text] of seen) {
      expect(text, where).not.toContain('Zephyrine');
      expect(text, where).not.toContain('Quill');
      expect(text, where).not.toContain(zephyrine.email);
    }
    // Her words and her comment stay, credited to a former member under her perspective.
    expect(seen.get('export md')).toContain('Respite care must be easy to book.');
    expect(seen.get('export md')).toContain('Carers need evening sessions.');
    expect(seen.get('export md')).toContain(ERASED_ACCOUNT_NAME);
    const threads = JSON.parse(seen.get(`Sam ${base}/comments`) ?? '{}') as CommentThreadsResponse;
    const bodies = threads.threads.flatMap((thread) => thread.comments.map((comment) => comment.body));
    expect(bodies).toEqual(['Carers need evening sessions.', `Thank you @${ERASED_ACCOUNT_NAME}, and @Sam too.`]);
    const project = JSON.parse(seen.get(`Ada /api/projects/${projectId}`) ?? '{}') as ProjectDetailResponse;
    expect(project.members.map((member) => member.displayName).sort()).toEqual(['Ada', 'Sam']);
  });

  it('is refused while the group would be left without a lead or the instance without an administrator', async () => {
    const { ada, sam, projectId } = await groupWithZephyrine();
    const onlyAdministrator = await ada.request<{ error: { message: string } }>('POST', '/api/account/delete', {
      password: ada.password,
    });
    expect(onlyAdministrator.status).toBe(409);
    expect(onlyAdministrator.body.error.message).toMatch(/only administrator/);

    await ada.expectOk('PATCH', `/api/admin/accounts/${sam.id}`, { administrator: true });
    const onlyLead = await ada.request<{ error: { message: string } }>('POST', '/api/account/delete', {
      password: ada.password,
    });
    expect(onlyLead.status).toBe(409);
    expect(onlyLead.body.error.message).toBe(
      'You are the only lead of “Older People’s Strategy group”. Make another member a lead first, so the group keeps its project and its documents.',
    );
    // Nothing was taken away by the refusals.
    expect((await ada.expectOk<ProjectDetailResponse>('GET', `/api/projects/${projectId}`)).members).toHaveLength(3);
  });
});
