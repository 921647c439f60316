import {
  type Invite,
  type InvitePreviewResponse,
  Limits,
  type Membership,
  type Perspective,
  type Role,
} from '@roundtable/shared';
import { hashSecretToken, newSecretToken } from '../auth/secretTokens.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { InviteRecord, Store } from '../store/Store.ts';
import { type ProjectService, toMembership } from './ProjectService.ts';

/** Who is in a project: invites, roles and removal. A project always keeps a lead. */
export class MembershipService {
  constructor(
    private readonly store: Store,
    private readonly projects: ProjectService,
    private readonly events: AccessEvents,
    private readonly now: () => number = Date.now,
  ) {}

  async createInvite(projectId: string, leadId: string, role: Role): Promise<Invite> {
    await this.projects.requireLead(projectId, leadId);
    const token = newSecretToken();
    const createdAt = this.now();
    const invite: InviteRecord = {
      tokenHash: hashSecretToken(token),
      projectId,
      role,
      createdBy: leadId,
      createdAt,
      expiresAt: createdAt + Limits.inviteLifetimeMs,
      usedAt: null,
    };
    await this.store.createInvite(invite);
    return { token, projectId, role, expiresAt: new Date(invite.expiresAt).toISOString() };
  }

  async previewInvite(token: string): Promise<InvitePreviewResponse> {
    const invite = await this.validInvite(token);
    const [project, inviter] = await Promise.all([
      this.store.findProject(invite.projectId),
      this.store.findUserById(invite.createdBy),
    ]);
    if (!project) throw invalidInvite();
    return {
      projectName: project.name,
      invitedBy: inviter?.displayName ?? 'A project lead',
      role: invite.role,
      expiresAt: new Date(invite.expiresAt).toISOString(),
    };
  }

  async isValidInvite(token: string): Promise<boolean> {
    return this.validInvite(token).then(
      () => true,
      () => false,
    );
  }

  /**
   * Joins the project the invite is for, using the invite up: each link lets one
   * person join, so a forwarded link, or one kept by someone later removed, lets
   * nobody else in. Someone already a member keeps their role and their link.
   */
  async acceptInvite(token: string, userId: string, perspective: Perspective): Promise<{ projectId: string }> {
    const invite = await this.unexpiredInvite(token);
    const existing = await this.store.findMembership(invite.projectId, userId);
    if (existing) {
      await this.store.updateMembership(invite.projectId, userId, { perspective });
      return { projectId: invite.projectId };
    }
    if (!(await this.store.useInvite(invite.tokenHash, userId, this.now()))) throw usedInvite();
    await this.store.addMember({
      projectId: invite.projectId,
      userId,
      role: invite.role,
      perspective,
      joinedAt: this.now(),
    });
    return { projectId: invite.projectId };
  }

  async changeRole(projectId: string, leadId: string, memberId: string, role: Role): Promise<Membership> {
    await this.projects.requireLead(projectId, leadId);
    const member = await this.requireMemberRecord(projectId, memberId);
    if (member.role === 'lead' && role !== 'lead') await this.ensureAnotherLead(projectId, memberId);
    await this.store.updateMembership(projectId, memberId, { role });
    return toMembership({ ...member, role });
  }

  /** A lead removes someone, or a person leaves. Their open connections close at once. */
  async remove(projectId: string, actorId: string, memberId: string): Promise<void> {
    if (actorId === memberId) await this.projects.requireMember(projectId, actorId);
    else await this.projects.requireLead(projectId, actorId);
    const member = await this.requireMemberRecord(projectId, memberId);
    if (member.role === 'lead') await this.ensureAnotherLead(projectId, memberId);
    await this.store.removeMember(projectId, memberId, this.now());
    this.events.emit('membershipEnded', { projectId, userId: memberId });
  }

  private async requireMemberRecord(projectId: string, memberId: string) {
    const member = await this.store.findMembership(projectId, memberId);
    if (!member) throw notFound('That member');
    return member;
  }

  private async ensureAnotherLead(projectId: string, leavingLeadId: string): Promise<void> {
    const members = await this.store.listMembers(projectId);
    const otherLeads = members.filter((member) => member.role === 'lead' && member.userId !== leavingLeadId);
    if (otherLeads.length === 0) {
      throw new DomainError('conflict', 'A project always needs at least one lead. Make someone else a lead first.');
    }
  }

  private async validInvite(token: string): Promise<InviteRecord> {
    const invite = await this.unexpiredInvite(token);
    if (invite.usedAt !== null) throw usedInvite();
    return invite;
  }

  private async unexpiredInvite(token: string): Promise<InviteRecord> {
    const invite = token.length <= 200 ? await this.store.findInvite(hashSecretToken(token)) : undefined;
    if (!invite || invite.expiresAt <= this.now()) throw invalidInvite();
    return invite;
  }
}

const invalidInvite = () =>
  new DomainError('not-found', 'This invite link is not valid any more. Ask the project lead for a new one.');
const usedInvite = () =>
  new DomainError('not-found', 'This invite link has already been used. Ask the project lead for a new one.');
