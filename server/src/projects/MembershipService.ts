import {
  type Invite,
  type InvitePreviewResponse,
  Limits,
  type Membership,
  type OpenInvitesResponse,
  type Perspective,
  type Role,
} from '@roundtable/shared';
import { hashSecretToken, newSecretToken } from '../auth/secretTokens.ts';
import type { Clock } from '../Clock.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { InviteRecord, ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import { type ProjectService, toMembership } from './ProjectService.ts';

/** Who is in a project: invites, roles and removal. A project always keeps a lead. */
export class MembershipService {
  constructor(
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly projects: ProjectService,
    private readonly events: AccessEvents,
    private readonly now: Clock,
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
      usedBy: null,
      withdrawnAt: null,
    };
    await this.projectStore.createInvite(invite);
    return { token, projectId, role, expiresAt: new Date(invite.expiresAt).toISOString() };
  }

  /**
   * Which project a link is for. Someone signed in who is already in that project (say,
   * opening their own link again) is told so, to go straight there, whatever the link's state.
   */
  async previewInvite(token: string, userId?: string): Promise<InvitePreviewResponse> {
    const found = token.length <= 200 ? await this.projectStore.findInvite(hashSecretToken(token)) : undefined;
    const member = found && userId ? await this.projectStore.findMembership(found.projectId, userId) : undefined;
    const invite = member && found ? found : await this.validInvite(token);
    const [project, inviter] = await Promise.all([
      this.projectStore.findProject(invite.projectId),
      this.userStore.findUserById(invite.createdBy),
    ]);
    if (!project) throw invalidInvite();
    return {
      projectName: project.name,
      invitedBy: inviter?.displayName ?? 'A project lead',
      role: invite.role,
      expiresAt: new Date(invite.expiresAt).toISOString(),
      alreadyMemberOf: member ? invite.projectId : null,
    };
  }

  /** For leads: the project's invite links that nobody has used, withdrawn or outlived. */
  async listOpenInvites(projectId: string, leadId: string): Promise<OpenInvitesResponse> {
    await this.projects.requireLead(projectId, leadId);
    const invites = await this.projectStore.listOpenInvites(projectId, this.now());
    const names = new Map<string, string>();
    for (const invite of invites) {
      if (!names.has(invite.createdBy)) {
        names.set(
          invite.createdBy,
          (await this.userStore.findUserById(invite.createdBy))?.displayName ?? 'A former lead',
        );
      }
    }
    return {
      invites: invites.map((invite) => ({
        id: invite.tokenHash,
        role: invite.role,
        createdBy: names.get(invite.createdBy) ?? 'A former lead',
        createdAt: new Date(invite.createdAt).toISOString(),
        expiresAt: new Date(invite.expiresAt).toISOString(),
      })),
    };
  }

  /** For leads: the link stops working at once, and says a lead withdrew it. */
  async withdrawInvite(projectId: string, leadId: string, inviteId: string): Promise<OpenInvitesResponse> {
    await this.projects.requireLead(projectId, leadId);
    if (!(await this.projectStore.withdrawInvite(projectId, inviteId, this.now()))) {
      throw new DomainError('not-found', 'That invite link has been used, withdrawn or has expired already.');
    }
    return this.listOpenInvites(projectId, leadId);
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
    const existing = await this.projectStore.findMembership(invite.projectId, userId);
    if (existing) {
      await this.projectStore.updateMembership(invite.projectId, userId, { perspective });
      return { projectId: invite.projectId };
    }
    if (!(await this.projectStore.useInvite(invite.tokenHash, userId, this.now()))) throw usedInvite();
    await this.projectStore.addMember({
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
    await this.projectStore.updateMembership(projectId, memberId, { role });
    return toMembership({ ...member, role });
  }

  /** A lead removes someone, or a person leaves. Their open connections close at once. */
  async remove(projectId: string, actorId: string, memberId: string): Promise<void> {
    if (actorId === memberId) await this.projects.requireMember(projectId, actorId);
    else await this.projects.requireLead(projectId, actorId);
    const member = await this.requireMemberRecord(projectId, memberId);
    if (member.role === 'lead') await this.ensureAnotherLead(projectId, memberId);
    await this.projectStore.removeMember(projectId, memberId, this.now());
    this.events.emit('membershipEnded', { projectId, userId: memberId });
  }

  private async requireMemberRecord(projectId: string, memberId: string) {
    const member = await this.projectStore.findMembership(projectId, memberId);
    if (!member) throw notFound('That member');
    return member;
  }

  private async ensureAnotherLead(projectId: string, leavingLeadId: string): Promise<void> {
    const members = await this.projectStore.listMembers(projectId);
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
    const invite = token.length <= 200 ? await this.projectStore.findInvite(hashSecretToken(token)) : undefined;
    if (!invite || invite.expiresAt <= this.now()) throw invalidInvite();
    if (invite.withdrawnAt !== null) throw withdrawnInvite();
    return invite;
  }
}

const invalidInvite = () =>
  new DomainError('not-found', 'This invite link is not valid any more. Ask the project lead for a new one.');
const withdrawnInvite = () =>
  new DomainError('not-found', 'A project lead withdrew this invite link. Ask them for a new one.');
const usedInvite = () =>
  new DomainError('not-found', 'This invite link has already been used. Ask the project lead for a new one.');
