import type { CreditAs, Perspective, Role, TemplateId, VersionKind } from '@roundtable/shared';
import type { Selectable } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { LoggedUpdate, NewLoggedUpdate } from '../DocumentLogStore.ts';
import type { DocumentRecord } from '../DocumentStore.ts';
import type { MembershipRecord, ProjectRecord } from '../ProjectStore.ts';
import type { UserRecord } from '../UserStore.ts';
import type { VersionRecord } from '../VersionStore.ts';

type Row<T extends keyof DatabaseSchema> = DatabaseSchema[T];

/** Conversions between table rows and the store's records. */
export function toUpdateRow(update: NewLoggedUpdate) {
  return {
    document_id: update.documentId,
    user_id: update.userId,
    on_behalf_of: update.onBehalfOf,
    client_ids: JSON.stringify(update.clientIds),
    update: update.update,
    created_at: update.createdAt,
    restored_version_id: update.restoredVersionId,
    comment_anchors_only: update.commentAnchorsOnly ? 1 : 0,
    recovered_by: update.recoveredBy ?? null,
  };
}

export function toUser(row: Selectable<DatabaseSchema['users']>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    createdAt: Number(row.created_at),
    erasedAt: row.erased_at === null ? null : Number(row.erased_at),
  };
}

export function toProject(row: Row<'projects'>): ProjectRecord {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
  };
}

export function toMembership(row: Selectable<Row<'memberships'>>): MembershipRecord {
  return {
    projectId: row.project_id,
    userId: row.user_id,
    role: row.role as Role,
    perspective: row.perspective as Perspective,
    creditAs: row.credit_as as CreditAs,
    emailNotifications: Number(row.email_notifications) === 1,
    joinedAt: Number(row.joined_at),
  };
}

export function toDocument(row: Row<'documents'>): DocumentRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    template: row.template as TemplateId,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    archivedAt: row.archived_at === null ? null : Number(row.archived_at),
  };
}

export function toLoggedUpdate(row: Selectable<Row<'document_updates'>>): LoggedUpdate {
  return {
    id: Number(row.id),
    documentId: row.document_id,
    userId: row.user_id,
    onBehalfOf: row.on_behalf_of,
    clientIds: JSON.parse(row.client_ids) as number[],
    update: new Uint8Array(row.update),
    createdAt: Number(row.created_at),
    restoredVersionId: row.restored_version_id,
    recoveredBy: row.recovered_by,
  };
}

export function toVersion(row: Row<'document_versions'>): VersionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: row.kind as VersionKind,
    upToUpdateId: Number(row.up_to_update_id),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
  };
}
