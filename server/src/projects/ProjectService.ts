import { randomUUID } from 'node:crypto';
import {
  type CreateProjectBody,
  type CreditAs,
  canManageProject,
  type Member,
  type Membership,
  type Perspective,
  type Project,
  type ProjectSummary,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { forbidden, notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { MemberRecord, MembershipRecord, ProjectRecord, ProjectStore } from '../store/ProjectStore.ts';

/** Projects, and the one question every other service asks: is this person a member? */
export class ProjectService {
  constructor(
    private readonly projectStore: ProjectStore,
    private readonly events: AccessEvents,
    private readonly now: Clock,
  ) {}

  async create(userId: string, body: CreateProjectBody): Promise<Project> {
    const project: ProjectRecord = {
      id: randomUUID(),
      name: body.name,
      purpose: body.purpose,
      createdBy: userId,
      createdAt: this.now(),
    };
    // The page asks the creator; a perspective not given is unsaid, and can be changed later.
    await this.projectStore.createProject(project, {
      projectId: project.id,
      userId,
      role: 'lead',
      perspective: body.perspective ?? 'unsaid',
      joinedAt: project.createdAt,
    });
    return toProject(project);
  }

  async listForUser(userId: string): Promise<ProjectSummary[]> {
    const projects = await this.projectStore.listProjectsForUser(userId);
    return projects.map((project) => ({
      ...toProject(project),
      myRole: project.myRole,
      memberCount: project.memberCount,
      documentCount: project.documentCount,
    }));
  }

  /**
   * The project and the person's membership, or "not found" — never "forbidden", so a
   * non-member learns nothing about the project, not even that it exists.
   */
  async requireMember(projectId: string, userId: string): Promise<{ project: Project; me: Membership }> {
    const membership = await this.projectStore.findMembership(projectId, userId);
    const project = membership && (await this.projectStore.findProject(projectId));
    if (!membership || !project) throw notFound('This project');
    return { project: toProject(project), me: toMembership(membership) };
  }

  async requireLead(projectId: string, userId: string): Promise<{ project: Project; me: Membership }> {
    const access = await this.requireMember(projectId, userId);
    if (!canManageProject(access.me.role)) throw forbidden('Only a lead of this project can do that.');
    return access;
  }

  async listMembers(projectId: string): Promise<Member[]> {
    return (await this.projectStore.listMembers(projectId)).map(toMember);
  }

  /** A person changes what only they may choose: their perspective, how exports credit them, and emails. */
  async updateMyMembership(
    projectId: string,
    userId: string,
    change: { perspective?: Perspective; creditAs?: CreditAs; emailNotifications?: boolean },
  ): Promise<Membership> {
    const { me } = await this.requireMember(projectId, userId);
    const perspective = change.perspective ?? me.perspective;
    const creditAs = change.creditAs ?? me.creditAs;
    const emailNotifications = change.emailNotifications ?? me.emailNotifications;
    // Only what was asked to change, so two quick changes of different settings both stick.
    await this.projectStore.updateMembership(projectId, userId, {
      ...(change.perspective && { perspective }),
      ...(change.creditAs && { creditAs }),
      ...(change.emailNotifications !== undefined && { emailNotifications }),
    });
    if (perspective !== me.perspective) this.events.emit('perspectiveChanged', { projectId, userId });
    return { ...me, perspective, creditAs, emailNotifications };
  }
}

export function toProject(project: ProjectRecord): Project {
  return {
    id: project.id,
    name: project.name,
    purpose: project.purpose,
    createdAt: new Date(project.createdAt).toISOString(),
  };
}

export function toMembership(membership: MembershipRecord): Membership {
  return {
    projectId: membership.projectId,
    userId: membership.userId,
    role: membership.role,
    perspective: membership.perspective,
    creditAs: membership.creditAs,
    emailNotifications: membership.emailNotifications,
    joinedAt: new Date(membership.joinedAt).toISOString(),
  };
}

/**
 * Email addresses stay with the server (for the emails people ask for): members never
 * see each other's, nor each other's choice of emails.
 */
function toMember(member: MemberRecord): Member {
  const { emailNotifications: _ownSetting, ...membership } = toMembership(member);
  return { ...membership, displayName: member.displayName };
}
