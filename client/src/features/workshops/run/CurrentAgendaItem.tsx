import type { AgendaItem } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { type RefObject, useState } from 'react';
import { scrollToSection } from '../../../editor/scrollToSection.ts';
import { formatMinutes } from '../formatWorkshopTime.ts';

interface CurrentAgendaItemProps {
  agenda: AgendaItem[];
  currentItemId: string | null;
  editor: Editor | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The agenda item the room is on, its section with a way to get there, and what comes next. */
export function CurrentAgendaItem({ agenda, currentItemId, editor, headingRef }: CurrentAgendaItemProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const index = agenda.findIndex((item) => item.id === currentItemId);
  const item = agenda[index];
  if (!item) {
    return (
      <div className="workshop-panel__item">
        <h3 ref={headingRef} tabIndex={-1}>
          {agenda.length === 0 ? 'No agenda' : 'Between items'}
        </h3>
        <p className="workshop-panel__note">
          {agenda.length === 0
            ? 'This workshop has no agenda items. The timer can still be used.'
            : 'The item the room was on has been removed from the agenda.'}
        </p>
      </div>
    );
  }
  const section = item.section;
  const next = agenda[index + 1];
  const goToSection = () => {
    if (!section || !editor) return;
    setProblem(scrollToSection(editor, section.sectionId) ? null : 'That section is no longer in the document.');
  };
  return (
    <div className="workshop-panel__item">
      <p className="workshop-panel__position">
        Item {index + 1} of {agenda.length} · {formatMinutes(item.durationMinutes)}
      </p>
      <h3 ref={headingRef} tabIndex={-1}>
        {item.title}
      </h3>
      {section ? (
        <p className="workshop-panel__section">
          <span>
            Section:{' '}
            {section.title ?? <span className="workshop-panel__note">a heading no longer in the document</span>}
          </span>
          {section.title !== null ? (
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={goToSection}
              disabled={!editor}
            >
              Go to this section
            </button>
          ) : null}
        </p>
      ) : null}
      {problem ? (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="workshop-panel__note">{next ? `Up next: ${next.title}` : 'This is the last item.'}</p>
    </div>
  );
}
