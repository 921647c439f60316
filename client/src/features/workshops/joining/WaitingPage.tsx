import { type JoinRequestState, WorkshopJoinLimits } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../a11y/useDocumentTitle.ts';
import { isApiRequestError } from '../../../api/ApiRequestError.ts';
import { queryKeys } from '../../../api/queryKeys.ts';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { ProblemPage } from '../../../components/ProblemPage.tsx';
import { QueryProblem } from '../../../components/QueryProblem.tsx';
import { joiningApi, joiningKeys, workshopWelcomePath } from './joiningApi.ts';
import './joining.css';

const headings: Record<JoinRequestState, string> = {
  waiting: 'Waiting to be let in',
  admitted: 'You are in',
  'turned-away': 'You were not let in',
  withdrawn: 'You stopped waiting',
  'link-closed': 'The workshop link has stopped working',
};

/**
 * After asking to join: says plainly what is happening, and asks the server again
 * every few seconds until the person is let in, then takes them to the workshop.
 */
export function WaitingPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const waiting = useQuery({
    queryKey: joiningKeys.waiting,
    queryFn: joiningApi.waiting,
    retry: false,
    refetchInterval: (query) => (query.state.data?.state === 'waiting' ? WorkshopJoinLimits.pollMs : false),
    refetchIntervalInBackground: true,
  });
  const state = waiting.data?.state;
  useDocumentTitle(state ? headings[state] : 'Waiting to be let in');

  const enter = useMutation({
    mutationFn: joiningApi.enter,
    onSuccess: async ({ destination, signedInUntil }) => {
      // This device may be signed in only now: ask again who it is before going on.
      await queryClient.resetQueries({ queryKey: queryKeys.me });
      await queryClient.resetQueries({ queryKey: queryKeys.projects });
      void navigate(workshopWelcomePath(destination.projectId, destination.workshopId), {
        replace: true,
        state: { signedInUntil },
      });
    },
  });
  const entering = useRef(false);
  useEffect(() => {
    if (state !== 'admitted' || entering.current) return;
    entering.current = true;
    enter.mutate();
  }, [state, enter]);

  const withdraw = useMutation({
    mutationFn: joiningApi.withdraw,
    onSuccess: () => void waiting.refetch(),
  });

  if (waiting.isPending) return <LoadingState label="Checking your request to join" />;
  if (waiting.isError) {
    if (isApiRequestError(waiting.error) && waiting.error.isNotFound) {
      return (
        <ProblemPage title="No request to join on this device" links={[{ to: '/', label: 'Go to Roundtable' }]}>
          <p>{waiting.error.message}</p>
        </ProblemPage>
      );
    }
    return <QueryProblem error={waiting.error} thing="request to join" onRetry={() => void waiting.refetch()} />;
  }
  const { displayName, workshopTitle, projectName } = waiting.data;

  return (
    <div className="page page--narrow waiting-page">
      <h1>{headings[waiting.data.state]}</h1>
      <div role="status" className="waiting-page__status">
        {waiting.data.state === 'waiting' ? (
          <>
            <p className="lead">
              You asked to join <strong>{workshopTitle}</strong> ({projectName}) as <strong>{displayName}</strong>.
            </p>
            <p>
              The facilitator will let you in shortly. Keep this page open: it moves on by itself as soon as you are let
              in. You do not need to refresh it.
            </p>
          </>
        ) : waiting.data.state === 'admitted' ? (
          <p className="lead">{enter.isError ? enter.error.message : `Taking you to ${workshopTitle}…`}</p>
        ) : waiting.data.state === 'turned-away' ? (
          <p className="lead">
            The facilitator did not let you in to {workshopTitle}. If you think this is a mistake, speak to them.
          </p>
        ) : waiting.data.state === 'withdrawn' ? (
          <p className="lead">
            You are no longer waiting to join {workshopTitle}. Open the workshop link to ask again.
          </p>
        ) : (
          <p className="lead">
            Nobody can be let in through it any more, because it was stopped or the workshop is over. Ask the
            facilitator for a new link if the workshop is still on.
          </p>
        )}
      </div>
      {waiting.data.state === 'waiting' ? (
        <div className="waiting-page__actions">
          <span className="waiting-page__pulse" aria-hidden="true" />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => withdraw.mutate()}
            disabled={withdraw.isPending}
          >
            Stop waiting
          </button>
        </div>
      ) : null}
      {withdraw.isError ? (
        <p className="inline-error" role="alert">
          {withdraw.error.message}
        </p>
      ) : null}
    </div>
  );
}
