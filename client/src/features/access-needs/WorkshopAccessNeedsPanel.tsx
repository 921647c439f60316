import { type AccessNeed, accessNeedLabels, type WorkshopAccessNeedsResponse } from '@roundtable/shared';
import { useQuery } from '@tanstack/react-query';
import { accessNeedsApi, accessNeedsKeys } from './accessNeedsApi.ts';
import './accessNeeds.css';

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
/** "Large print" reads as "large print" after a count. */
const inSentence = (need: AccessNeed) => {
  const { label } = accessNeedLabels[need];
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/**
 * On a workshop's plan page, for its leads and facilitators only: what helps the
 * project's members take part, so it can be ready on the day. Counts for everyone who
 * said; names, and people's own words, only for those who agreed.
 */
export function WorkshopAccessNeedsPanel({ projectId, workshopId }: { projectId: string; workshopId: string }) {
  const query = useQuery({
    queryKey: accessNeedsKeys.workshop(projectId, workshopId),
    queryFn: () => accessNeedsApi.forWorkshop(projectId, workshopId),
  });

  return (
    <section className="section panel access-needs-plan" aria-labelledby="access-needs-plan-heading">
      <h2 id="access-needs-plan-heading">What helps people take part</h2>
      <p className="muted">
        What people in this project have told Roundtable, so you can have it ready on the day. Only leads and
        facilitators see this. Please keep it to yourselves: it may be about someone’s health.
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
        <AccessNeedsSummary summary={query.data} />
      )}
    </section>
  );
}

function AccessNeedsSummary({ summary }: { summary: WorkshopAccessNeedsResponse }) {
  if (summary.toldCount === 0) {
    return (
      <p className="empty-state">
        Nobody in this project has told Roundtable what helps them yet. Anyone can, on their account page under “What
        helps you take part”. You can also ask the group before the day.
      </p>
    );
  }
  return (
    <>
      <p>
        {summary.toldCount} of the {summary.memberCount} {summary.memberCount === 1 ? 'person' : 'people'} in this
        project {summary.toldCount === 1 ? 'has' : 'have'} told us what helps them.
      </p>
      <h3>How many people need each thing</h3>
      {summary.counts.length === 0 ? (
        <p>Nobody ticked anything from the list.</p>
      ) : (
        <ul className="access-needs-plan__counts">
          {summary.counts.map(({ need, people: count }) => (
            <li key={need}>
              <strong>{people(count)}</strong>: {inSentence(need)}
            </li>
          ))}
        </ul>
      )}
      {summary.unnamedOtherCount > 0 ? (
        <p>
          {people(summary.unnamedOtherCount)} also wrote what helps them in their own words, without sharing their name,
          so those words are not shown: they could tell you who wrote them.
        </p>
      ) : null}
      <h3>People who shared their name</h3>
      {summary.named.length === 0 ? (
        <p>Nobody has shared their name with what helps them.</p>
      ) : (
        <ul className="access-needs-plan__named">
          {summary.named.map((person, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name, and nothing else identifies them here.
            <li key={index}>
              <strong>{person.displayName}</strong>
              {person.needs.length > 0
                ? `: ${person.needs.map((need) => accessNeedLabels[need].label).join(', ')}`
                : ''}
              {person.otherNeeds ? (
                <span className="access-needs-plan__words">In their words: “{person.otherNeeds}”</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
