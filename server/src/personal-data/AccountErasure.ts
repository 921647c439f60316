import {
  ERASE_CONFIRMATION_PHRASE,
  ERASED_ACCOUNT_NAME,
  type EraseAccountBody,
  findMentions,
} from '@roundtable/shared';
import { verifyPassword } from '../auth/passwordHashing.ts';
import type { Clock } from '../Clock.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { AccessNeedsStore } from '../store/AccessNeedsStore.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { PersonalDataExports } from './PersonalDataExports.ts';

/**
 * Deleting an account. A strategy cannot lose paragraphs, so the person's words stay
 * in every document, credited to "A former member" under the perspective they last
 * gave; their name goes from everywhere it was kept (their account, and other
 * people's @mentions of them), with their email, password, sessions, inbox and what
 * they told us helps them take part.
 * Refused while the group would be left without a lead or the instance without an
 * administrator.
 */
export class AccountErasure {
  constructor(
    private readonly users: UserStore,
    private readonly projects: ProjectStore,
    private readonly comments: CommentStore,
    private readonly personalData: PersonalDataExports,
    private readonly events: AccessEvents,
    private readonly now: Clock,
    private readonly accessNeeds: AccessNeedsStore,
  ) {}

  async erase(userId: string, body: EraseAccountBody): Promise<void> {
    const user = await this.users.findUserById(userId);
    if (!user || user.erasedAt) throw notFound('Your account');
    await this.confirm(user.passwordHash, body);
    await this.ensureNobodyIsLeftWithout(userId);

    const memberships = await this.projects.listProjectsForUser(userId);
    for (const project of memberships) {
      await this.projects.removeMember(project.id, userId, this.now());
      this.events.emit('membershipEnded', { projectId: project.id, userId });
    }
    await this.forgetMentions(userId, user.displayName);
    // What helped them take part may be health information: none of it outlives the account.
    await this.accessNeeds.deleteAccessNeeds(userId);
    this.personalData.forget(userId);
    const ended = await this.users.eraseAccount(userId, this.now(), ERASED_ACCOUNT_NAME);
    for (const tokenHash of ended) this.events.emit('sessionEnded', { tokenHash });
  }

  private async confirm(passwordHash: string, body: EraseAccountBody): Promise<void> {
    if (passwordHash === '') {
      if (body.confirmation?.trim().toLowerCase() !== ERASE_CONFIRMATION_PHRASE) {
        throw new DomainError('invalid-request', `Type “${ERASE_CONFIRMATION_PHRASE}” to confirm.`, {
          confirmation: `Type “${ERASE_CONFIRMATION_PHRASE}” to confirm.`,
        });
      }
      return;
    }
    if (!body.password || !(await verifyPassword(passwordHash, body.password))) {
      throw new DomainError('invalid-request', 'Your password is not right. Check it and try again.', {
        password: 'Your password is not right. Check it and try again.',
      });
    }
  }

  private async ensureNobodyIsLeftWithout(userId: string): Promise<void> {
    const lastAdministrator =
      (await this.users.isAdministrator(userId)) && (await this.users.countAdministrators()) === 1;
    if (lastAdministrator && (await this.users.countUsers()) > 1) {
      throw new DomainError(
        'conflict',
        'You are the only administrator of this Roundtable. Make someone else an administrator first, on the Administrators page.',
      );
    }
    for (const project of await this.projects.listProjectsForUser(userId)) {
      if (project.myRole !== 'lead') continue;
      const others = (await this.projects.listMembers(project.id)).filter((member) => member.userId !== userId);
      if (!others.some((member) => member.role === 'lead')) {
        const how =
          others.length === 0
            ? 'Invite someone to take it over and make them a lead first'
            : 'Make another member a lead first';
        throw new DomainError(
          'conflict',
          `You are the only lead of “${project.name}”. ${how}, so the group keeps its project and its documents.`,
        );
      }
    }
  }

  /** Other people's "@Ada Lovelace" becomes "@A former member"; what else they wrote is untouched. */
  private async forgetMentions(userId: string, name: string): Promise<void> {
    const mentioning = await this.comments.listCommentsMentioning(userId);
    const rewritten = mentioning.flatMap((comment) => {
      const matches = findMentions(comment.body, [{ id: userId, displayName: name }]);
      if (matches.length === 0) return [];
      let body = comment.body;
      for (const match of [...matches].reverse()) {
        body = `${body.slice(0, match.start)}@${ERASED_ACCOUNT_NAME}${body.slice(match.end)}`;
      }
      return [{ commentId: comment.id, body }];
    });
    await this.comments.rewriteBodies(rewritten);
  }
}
