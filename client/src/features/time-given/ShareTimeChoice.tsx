import type { TimeStatementResponse } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { timeGivenApi, timeGivenKeys } from './timeGivenApi.ts';

/** Whether other members may see the time a person gave; leads always can. */
export function ShareTimeChoice({ projectId, shared }: { projectId: string; shared: boolean }) {
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (next: boolean) => timeGivenApi.setSharing(projectId, next),
    onSuccess: (statement: TimeStatementResponse) => {
      queryClient.setQueryData(timeGivenKeys.mine(projectId), statement);
      void queryClient.invalidateQueries({ queryKey: timeGivenKeys.group(projectId) });
    },
  });
  const message = change.isError
    ? {
        text: change.error instanceof ApiRequestError ? change.error.message : 'That did not save. Try again.',
        tone: 'error' as const,
      }
    : change.isSuccess
      ? {
          text: change.variables
            ? 'Other members can now see your time.'
            : 'Only you and the leads can see your time now.',
          tone: 'success' as const,
        }
      : null;
  return (
    <div className="time-given__share">
      <CheckboxField
        label="Let other members of this project see my time"
        description="Leads can always see it, to thank people and report on the project."
        isSelected={change.isPending ? Boolean(change.variables) : shared}
        onChange={(next) => change.mutate(next)}
      />
      <LiveNotice message={message} />
    </div>
  );
}
