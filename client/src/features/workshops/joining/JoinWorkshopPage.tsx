import { joinWorkshopSignedInBody, type Perspective, type User, type WorkshopLinkPreview } from '@roundtable/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../../a11y/useDocumentTitle.ts';
import { isApiRequestError } from '../../../api/ApiRequestError.ts';
import { useMeQuery } from '../../../api/useMeQuery.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadingState } from '../../../components/LoadingState.tsx';
import { ProblemPage } from '../../../components/ProblemPage.tsx';
import { QueryProblem } from '../../../components/QueryProblem.tsx';
import { useFormSubmission } from '../../../components/useFormSubmission.ts';
import { SignOutButton } from '../../auth/SignOutButton.tsx';
import { signInPathFor } from '../../auth/safeNextPath.ts';
import { useSignOut } from '../../auth/useSignOut.ts';
import { PerspectiveRadioGroup } from '../../members/PerspectiveRadioGroup.tsx';
import { formatClockTime, formatWorkshopTime } from '../formatWorkshopTime.ts';
import { documentPagePath } from '../workshopPaths.ts';
import { JoinAsNewForm } from './JoinAsNewForm.tsx';
import { joiningApi, joiningKeys } from './joiningApi.ts';
import { useAskToJoin } from './useAskToJoin.ts';
import './joining.css';

/** Where a workshop link or QR code lands: which workshop, then a name and perspective, then waiting to be let in. */
export function JoinWorkshopPage() {
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: joiningKeys.preview(token),
    queryFn: () => joiningApi.preview(token),
    retry: false,
  });
  const me = useMeQuery();
  useDocumentTitle(preview.data ? `Join ${preview.data.preview.workshopTitle}` : 'Join a workshop');

  if (preview.isPending || me.isPending) return <LoadingState label="Loading the workshop link" />;
  if (preview.isError) {
    if (isApiRequestError(preview.error) && (preview.error.isNotFound || preview.error.code === 'too-many-attempts')) {
      return (
        <ProblemPage title="This workshop link does not work" links={[{ to: '/', label: 'Go to Roundtable' }]}>
          <p>{preview.error.message}</p>
        </ProblemPage>
      );
    }
    return <QueryProblem error={preview.error} thing="workshop link" onRetry={() => void preview.refetch()} />;
  }
  const workshop = preview.data.preview;
  const user = me.data ?? null;

  return (
    <div className="page page--narrow join-page">
      <h1>Join {workshop.workshopTitle}</h1>
      <p className="lead">
        A workshop of <strong>{workshop.projectName}</strong>,{' '}
        {formatWorkshopTime(workshop.startsAt, workshop.worksUntil)}
        {workshop.place ? `, at ${workshop.place}` : ''}.
      </p>
      <p className="join-steps">
        Tell us who you are, then wait a moment: the facilitator lets each person in. This link works until{' '}
        {formatClockTime(workshop.worksUntil)}, when the workshop is planned to end.
      </p>
      {workshop.alreadyIn ? (
        <section className="panel" aria-labelledby="already-heading">
          <h2 id="already-heading">You are already in this project</h2>
          <p>
            <Link
              className="button button--primary"
              to={documentPagePath(workshop.alreadyIn.projectId, workshop.alreadyIn.documentId)}
            >
              Go to the workshop’s document
            </Link>
          </p>
        </section>
      ) : user ? (
        <SignedInJoin token={token} user={user} />
      ) : (
        <NewPersonJoin token={token} workshop={workshop} />
      )}
    </div>
  );
}

function NewPersonJoin({ token, workshop }: { token: string; workshop: WorkshopLinkPreview }) {
  const ask = useAskToJoin(token);
  return (
    <section className="panel" aria-labelledby="about-you-heading">
      <h2 id="about-you-heading">About you</h2>
      <p className="muted">
        Already have a Roundtable account?{' '}
        <Link to={signInPathFor(`/join/${encodeURIComponent(token)}`)}>Sign in first</Link>, then you join under your
        own name.
      </p>
      <JoinAsNewForm ask={ask} />
      <p className="field__hint">You will see nothing of {workshop.projectName} until you are let in.</p>
    </section>
  );
}

function SignedInJoin({ token, user }: { token: string; user: User }) {
  const ask = useAskToJoin(token);
  const signOut = useSignOut();
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const form = useFormSubmission({
    schema: joinWorkshopSignedInBody,
    values: () => ({ perspective: perspective ?? undefined }),
    send: (body): void => ask.send(body, form.showError),
  });
  return (
    <section className="panel" aria-labelledby="join-as-heading">
      <h2 id="join-as-heading">Join as {user.displayName}</h2>
      <div className="join-signed-in">
        <p className="muted">You are signed in as {user.displayName}. Not you?</p>
        <SignOutButton onSignOut={() => signOut.mutate()} isPending={signOut.isPending} />
      </div>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.errors} fieldIds={{ perspective: 'join-perspective' }} />
        <PerspectiveRadioGroup
          id="join-perspective"
          value={perspective}
          onChange={setPerspective}
          error={form.errors.fieldErrors.perspective}
        />
        <button type="submit" className="button button--primary" disabled={ask.isPending}>
          {ask.isPending ? 'Asking…' : 'Ask to join'}
        </button>
      </form>
    </section>
  );
}
