import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import { recordOnBehalfMessage } from '@roundtable/shared';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';

/**
 * Recording on behalf of someone: a member (a scribe) switches their editor to credit
 * what they type to another member who contributed on paper, by phone or in a
 * session. The server checks that person is a member, keeps the choice on the
 * connection (so the log records both names) and shows it in the scribe's presence.
 */
export class RecordingExtension implements Extension {
  extensionName = 'recording';

  constructor(private readonly projects: ProjectService) {}

  async onStateless({ connection, payload }: onStatelessPayload): Promise<void> {
    let personId: string | null;
    try {
      const parsed = recordOnBehalfMessage.safeParse(JSON.parse(payload));
      if (!parsed.success) return;
      personId = parsed.data.personId;
    } catch {
      return;
    }
    const context = connection.context as CollaborationContext;
    // Messages are handled without waiting for each other: only the latest request counts.
    context.recordingRequest = (context.recordingRequest ?? 0) + 1;
    const request = context.recordingRequest;
    const reply = (answer: { personId: string | null; name?: string; error?: string }) =>
      connection.sendStateless(JSON.stringify({ event: 'record-on-behalf', ...answer }));

    if (personId === null || personId === context.user.id) {
      delete context.recordingFor;
      reply({ personId: null });
      return;
    }
    const members = context.address ? await this.projects.listMembers(context.address.projectId) : [];
    const member = members.find((candidate) => candidate.userId === personId);
    if (request !== context.recordingRequest) return;
    if (!member) {
      delete context.recordingFor;
      reply({ personId: null, error: 'You can only record for a member of this project.' });
      return;
    }
    context.recordingFor = { id: member.userId, name: member.displayName };
    reply({ personId: member.userId, name: member.displayName });
  }
}
