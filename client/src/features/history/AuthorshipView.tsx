import type { RefObject } from 'react';
import { useTouchOnly } from '../../a11y/useTouchOnly.ts';
import { useAuthorshipQuery } from '../../api/useAuthorshipQuery.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { AuthorLegend } from './AuthorLegend.tsx';
import { HistoryPeople } from './HistoryPeople.ts';
import { markedVoices } from './historyMarks.ts';
import { RenderedDocument } from './RenderedDocument.tsx';
import { ViewBanner } from './ViewBanner.tsx';

interface AuthorshipViewProps {
  projectId: string;
  documentId: string;
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
}

/** The text as it is now, every passage marked with who wrote it. Kept current by the page as the text changes. */
export function AuthorshipView({ projectId, documentId, title, headingRef, onBack }: AuthorshipViewProps) {
  const query = useAuthorshipQuery(projectId, documentId);
  const people = new HistoryPeople(query.data?.people ?? []);
  const touchOnly = useTouchOnly();
  return (
    <div className="history-view">
      <ViewBanner title="Who wrote what" headingRef={headingRef} onBack={onBack}>
        <p>
          {touchOnly
            ? 'Editing is paused while you look at who wrote what. Tap a passage to see its author.'
            : 'Editing is paused while you look at who wrote what. Point at or move to a passage to see its author: press Tab to reach the text, then the arrow keys to go from passage to passage.'}
        </p>
      </ViewBanner>
      <QueryState
        what="who wrote what"
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        {query.data ? (
          <>
            <AuthorLegend voices={markedVoices(query.data.content)} people={people} />
            <RenderedDocument content={query.data.content} people={people} label={`Who wrote what in ${title}`} />
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
