import { type Member, type Membership, perspectiveLabels, type Role, roleLabels, roles } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { focusIfLost } from '../../a11y/focusIfLost.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';

interface MemberListProps {
  projectId: string;
  members: Member[];
  me: Membership;
  canManage: boolean;
  headingId: string;
}

const byName = (a: Member, b: Member) => a.displayName.localeCompare(b.displayName);

/** Finds a member's role control, to give focus back to it. */
const roleControlFor = (userId: string) =>
  document.querySelector<HTMLElement>(`[data-role-for="${CSS.escape(userId)}"]`);

export function MemberList({ projectId, members, me, canManage, headingId }: MemberListProps) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  // Someone just removed, whose row is still on screen until the list is fetched again.
  const [removed, setRemoved] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
  };

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      roundtableApi.updateMember(projectId, member.userId, { role }),
    onSuccess: (_result, { member, role }) => {
      setNotice({
        text: `${member.displayName} is now ${role === 'member' ? 'a member' : `a ${roleLabels[role].toLowerCase()}`}.`,
        tone: 'success',
      });
      refresh();
    },
    onError: (error) => setNotice({ text: error.message, tone: 'error' }),
    // The list re-renders around the control that was just used; keep the person's place in it.
    onSettled: (_result, _error, { member }) =>
      requestAnimationFrame(() => {
        const control = roleControlFor(member.userId);
        if (control) focusIfLost(control, null);
      }),
  });

  const remove = useMutation({
    mutationFn: (member: Member) => roundtableApi.removeMember(projectId, member.userId),
    onSuccess: (_result, member) => {
      setRemoving(null);
      setRemoved(member.userId);
      setNotice({ text: `${member.displayName} has been removed from the project.`, tone: 'success' });
      refresh();
    },
  });

  // The dialog gives focus back to the Remove button, which goes with the row once the
  // list has been fetched again. Only then is there somewhere sensible to move it: the
  // People heading, which also reads out the new count.
  useEffect(() => {
    if (removed === null || members.some((member) => member.userId === removed)) return;
    setRemoved(null);
    const heading = document.getElementById(headingId);
    if (heading) focusIfLost(heading, listRef.current);
  }, [members, removed, headingId]);

  return (
    <div className="member-list">
      <LiveNotice message={notice} />
      <ul className="row-list" ref={listRef}>
        {[...members].sort(byName).map((member) => {
          const isMe = member.userId === me.userId;
          return (
            <li key={member.userId} className="row row--member">
              <Icon name="user" />
              <div className="row__main">
                <p className="row__title">
                  {member.displayName}
                  {isMe ? <span className="muted"> (you)</span> : null}
                </p>
                <p className="row__meta">
                  <span className="visually-hidden">Perspective: </span>
                  {perspectiveLabels[member.perspective]}
                </p>
              </div>
              <div className="row__actions">
                {canManage ? (
                  <Select
                    className="select"
                    value={member.role}
                    onChange={(key) => {
                      const role = roles.find((candidate) => candidate === key);
                      if (role && role !== member.role) changeRole.mutate({ member, role });
                    }}
                  >
                    <Label className="visually-hidden">Role for {member.displayName}</Label>
                    <Button className="select__button" data-role-for={member.userId}>
                      <SelectValue />
                      <Icon name="chevronDown" size={18} />
                    </Button>
                    <Popover className="popover">
                      <ListBox className="listbox">
                        {roles.map((role) => (
                          <ListBoxItem key={role} id={role} className="listbox__item">
                            {roleLabels[role]}
                          </ListBoxItem>
                        ))}
                      </ListBox>
                    </Popover>
                  </Select>
                ) : (
                  <span className="tag">
                    <span className="visually-hidden">Role: </span>
                    {roleLabels[member.role]}
                  </span>
                )}
                {canManage && !isMe ? (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={`Remove ${member.displayName}`}
                    onClick={() => {
                      remove.reset();
                      setRemoving(member);
                    }}
                  >
                    Remove
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        title={removing ? `Remove ${removing.displayName} from this project?` : 'Remove from this project?'}
        confirmLabel="Remove from project"
        isPending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>
          They will lose access to this project and its documents straight away, including any document they have open.
          Everything they have written stays, credited to them.
        </p>
      </ConfirmDialog>
    </div>
  );
}
