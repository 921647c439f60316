import type { Collaboration } from '../../../collaboration/Collaboration.ts';
import { HistoryPeople } from '../../history/HistoryPeople.ts';
import { RenderedDocument } from '../../history/RenderedDocument.tsx';
import { useLiveSection } from './useLiveSection.ts';

interface BigScreenSectionProps {
  collaboration: Collaboration;
  sectionId: string;
  /** The heading's words as the agenda or the facilitator last named it, while the text loads. */
  title: string | null;
  /** Who brought everyone here, when the facilitator did rather than the agenda. */
  broughtBy: string | null;
}

// The live text carries no history marks, so nobody needs naming in it.
const nobody = new HistoryPeople([]);

/** The section being discussed, read-only, as the live document has it now. */
export function BigScreenSection({ collaboration, sectionId, title, broughtBy }: BigScreenSectionProps) {
  const section = useLiveSection(collaboration, sectionId);
  return (
    <div className="big-screen__section">
      <p className="big-screen__label">
        {broughtBy ? `${broughtBy} brought everyone to this section` : 'The section being discussed'}
      </p>
      {section.state === 'loading' ? <p>Loading {title ? `‘${title}’` : 'the section'}…</p> : null}
      {section.state === 'gone' ? (
        <p>
          {title ? `‘${title}’ is no longer a heading in the document.` : 'That section is no longer in the document.'}
        </p>
      ) : null}
      {section.state === 'shown' ? (
        <RenderedDocument content={section.content} people={nobody} label={`Section: ${title ?? 'being discussed'}`} />
      ) : null}
    </div>
  );
}
