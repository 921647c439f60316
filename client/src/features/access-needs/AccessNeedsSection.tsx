import { useQuery } from '@tanstack/react-query';
import { useFocusRequest } from '../../a11y/useFocusRequest.ts';
import { AccessNeedsForm } from './AccessNeedsForm.tsx';
import { accessNeedsApi, accessNeedsKeys } from './accessNeedsApi.ts';
import './accessNeeds.css';

/**
 * "What helps you take part", on the person's account page: says plainly who sees it
 * and why before asking anything, then the form.
 */
export function AccessNeedsSection() {
  const query = useQuery({ queryKey: accessNeedsKeys.mine, queryFn: accessNeedsApi.mine });
  // Once deleted, the button that was used is gone: the person is put back at the heading.
  const focus = useFocusRequest();

  return (
    <section className="section panel access-needs" aria-labelledby="access-needs-heading">
      <h2 id="access-needs-heading" tabIndex={-1}>
        What helps you take part
      </h2>
      <p>
        Tell us what helps you take part in workshops, so the people who plan them can have it ready on the day. You do
        not have to tell us anything.
      </p>
      <p>
        <strong>Who sees it:</strong> only the leads and facilitators of your projects (the people who run a project and
        its workshops), when they plan a workshop. They see how many people need each thing, such as “2 people: large
        print”. They see your name, and anything you write in your own words, only if you let them. Nobody else sees it.
      </p>
      <p>
        This may be about your health, so we keep it only if you agree. You can change it or delete it at any time. It
        is in the copy of your data, and it is deleted if you delete your account.
      </p>
      {query.isPending ? (
        <p className="muted">Loading…</p>
      ) : query.isError ? (
        <div className="inline-error" role="alert">
          <p>{query.error.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <AccessNeedsForm saved={query.data.accessNeeds} onDeleted={() => focus('access-needs-heading')} />
      )}
    </section>
  );
}
