import type { Membership } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

export function LeaveProject({ projectName, me }: { projectName: string; me: Membership }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);

  const leave = useMutation({
    mutationFn: () => roundtableApi.removeMember(me.projectId, me.userId),
    onSuccess: () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: queryKeys.project(me.projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      void navigate('/');
    },
  });

  return (
    <>
      <p className="muted">You can leave at any time. What you have written stays in the documents, credited to you.</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          leave.reset();
          setConfirming(true);
        }}
      >
        Leave project
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={`Leave ${projectName}?`}
        confirmLabel="Leave project"
        isPending={leave.isPending}
        error={leave.error?.message}
        onConfirm={() => leave.mutate()}
      >
        <p>You will no longer be able to open its documents. To come back, you will need a new invite link.</p>
      </ConfirmDialog>
    </>
  );
}
