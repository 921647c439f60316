import { ServerEvent } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { textOf, typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';

describe('live editing over the real websocket', () => {
  const kit = useCollaborationServer();

  it('lets two members edit one document and converge, starting from the server-made template', async () => {
    const { ada, sam, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    expect(textOf(adaTab.ydoc)).toContain('Priority 1: Being physically and emotionally healthy');

    typeParagraph(adaTab.ydoc, 'Ada wrote this');
    typeParagraph(samTab.ydoc, 'Sam wrote that');
    await eventually(
      () => textOf(adaTab.ydoc).includes('Sam wrote that') && textOf(samTab.ydoc).includes('Ada wrote this'),
      'both edits reach both people',
    );
    expect(textOf(adaTab.ydoc)).toBe(textOf(samTab.ydoc));
    // The template appears exactly once: browsers never insert it.
    expect(textOf(adaTab.ydoc).match(/Priority 1:/g)).toHaveLength(1);
  });

  it('tells everyone with the document open when its title changes', async () => {
    const { ada, sam, projectId, documentId, name } = await kit.sharedDocument();
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
    const heard = new Promise<string>((resolve) => {
      samTab.provider.on('stateless', ({ payload }: { payload: string }) => resolve(payload));
    });
    await ada.expectOk('PATCH', `/api/projects/${projectId}/documents/${documentId}`, { title: 'Renamed strategy' });
    expect(JSON.parse(await heard)).toEqual({ event: ServerEvent.DocumentDetailsChanged });
    // Still connected and editing: a new title needs no reconnection.
    typeParagraph(samTab.ydoc, 'Still writing');
    await eventually(() => kit.serverText(name).includes('Still writing'), 'the edit still arrives');
  });
});
