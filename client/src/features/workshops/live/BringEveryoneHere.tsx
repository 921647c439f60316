import type { Section } from '@roundtable/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError } from '../../../api/ApiRequestError.ts';
import { LiveNotice, type NoticeMessage } from '../../../components/LiveNotice.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { workshopRoomApi } from './workshopRoomApi.ts';

interface BringEveryoneHereProps {
  projectId: string;
  workshopId: string;
  sections: readonly Section[];
  /** The current agenda item's section, offered first. */
  suggestedSectionId: string | null;
}

/**
 * For leads and facilitators: takes everyone's view of the text to a section. People
 * who are typing are taken there when they pause; nobody's caret moves.
 */
export function BringEveryoneHere({ projectId, workshopId, sections, suggestedSectionId }: BringEveryoneHereProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const available = (id: string | null) => id !== null && sections.some((section) => section.sectionId === id);
  const sectionId = available(chosen)
    ? chosen
    : available(suggestedSectionId)
      ? suggestedSectionId
      : sections[0]?.sectionId;
  const bring = useMutation({
    mutationFn: (id: string) => workshopRoomApi.bringEveryone(projectId, workshopId, id),
    onMutate: () => setNotice(null),
    onSuccess: ({ sectionTitle }) =>
      setNotice({ text: `Everyone is being brought to ‘${sectionTitle}’.`, tone: 'success' }),
    onError: (error) =>
      setNotice({
        text: error instanceof ApiRequestError ? error.message : 'That did not work. Try again.',
        tone: 'error',
      }),
  });

  return (
    <section className="bring-everyone" aria-labelledby="bring-everyone-heading">
      <h3 id="bring-everyone-heading">Bring everyone here</h3>
      <p className="bring-everyone__help">
        Takes everyone’s view of the text to one section. It never moves anyone’s cursor, and waits for people who are
        typing to pause.
      </p>
      {sections.length === 0 || sectionId === undefined ? (
        <p>The document has no headings yet. Add one to bring people to it.</p>
      ) : (
        <div className="bring-everyone__controls">
          <SelectField
            id="bring-everyone-section"
            label="Section"
            value={sectionId ?? ''}
            options={sections.map((section) => ({
              id: section.sectionId,
              label: section.title || 'Untitled heading',
            }))}
            onChange={setChosen}
            wide
          />
          <button
            type="button"
            className="button button--primary"
            disabled={bring.isPending}
            onClick={() => sectionId && bring.mutate(sectionId)}
          >
            {bring.isPending ? 'Bringing everyone…' : 'Bring everyone here'}
          </button>
        </div>
      )}
      <LiveNotice message={notice} />
    </section>
  );
}
