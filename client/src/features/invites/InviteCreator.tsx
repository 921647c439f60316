import { type Invite, Limits, type Role, roleLabels, roles } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { CopyLinkField } from '../../components/CopyLinkField.tsx';
import { RadioCardGroup } from '../../components/RadioCardGroup.tsx';
import { formatDate } from '../../format/formatDate.ts';
import { OpenInvites } from './OpenInvites.tsx';
import { roleDescriptions } from './roleDescriptions.ts';

const INVITE_LIFETIME_DAYS = Math.round(Limits.inviteLifetimeMs / (24 * 60 * 60 * 1000));

const roleOptions = roles.map((role) => ({
  value: role,
  label: roleLabels[role],
  description: roleDescriptions[role],
}));

/** Leads make a link to share however suits the person: email, text message, or in person. */
export function InviteCreator({ projectId }: { projectId: string }) {
  const [role, setRole] = useState<Role>('member');
  const [invite, setInvite] = useState<Invite | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();

  const create = useMutation({
    mutationFn: () => roundtableApi.createInvite(projectId, { role }),
    onSuccess: ({ invite: created }) => {
      setInvite(created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.openInvites(projectId) });
      requestAnimationFrame(() => linkRef.current?.focus());
    },
  });

  const link = invite ? `${window.location.origin}/invite/${invite.token}` : '';

  return (
    <div className="invite-creator">
      <RadioCardGroup
        id="invite-role"
        label="Invite as"
        options={roleOptions}
        value={role}
        onChange={(next) => {
          setRole(next);
          setInvite(null);
        }}
      />
      <button
        type="button"
        className="button button--primary"
        onClick={() => create.mutate()}
        disabled={create.isPending}
      >
        {create.isPending ? 'Creating link…' : 'Create invite link'}
      </button>
      {create.isError ? (
        <p className="inline-error" role="alert">
          {create.error.message}
        </p>
      ) : null}
      {invite ? (
        <div className="invite-creator__result">
          <label className="field__label" htmlFor="invite-link">
            Invite link for a {roleLabels[invite.role].toLowerCase()}
          </label>
          <p className="field__hint" id="invite-link-hint">
            This link lets one person join. It stops working once it has been used, or after {INVITE_LIFETIME_DAYS} days
            ({formatDate(invite.expiresAt)}). Make a new link for each person you invite.
          </p>
          <CopyLinkField key={link} id="invite-link" url={link} hintId="invite-link-hint" inputRef={linkRef} />
        </div>
      ) : null}
      <OpenInvites projectId={projectId} />
    </div>
  );
}
