import { createWorkshopBody, type DocumentSummary } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { useDraftAgenda } from './useAgendaActions.ts';
import { detailsFieldIds, WorkshopDetailsFields, type WorkshopDetailsValues } from './WorkshopDetailsFields.tsx';
import { workshopDetailsBody } from './workshopDetailsBody.ts';
import { workshopPagePath } from './workshopPaths.ts';
import { useDocumentSectionsQuery } from './workshopQueries.ts';
import { workshopKeys, workshopsApi } from './workshopsApi.ts';

const FORM_ID = 'new-workshop-form';

/** Planning a new workshop: its details, and an agenda kept in the page until the workshop is saved with it. */
export function NewWorkshopForm({ projectId, documents }: { projectId: string; documents: DocumentSummary[] }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const firstOpen = documents.find((document) => document.archivedAt === null);
  const [values, setValues] = useState<WorkshopDetailsValues>({
    title: '',
    documentId: firstOpen?.id ?? '',
    date: '',
    time: '',
    place: '',
    meetingLink: '',
  });
  const agenda = useDraftAgenda();
  const sections = useDocumentSectionsQuery(projectId, values.documentId);
  const form = useFormSubmission({
    schema: createWorkshopBody,
    values: () => ({
      ...workshopDetailsBody(values),
      agenda: agenda.items.map(({ title, durationMinutes, sectionId }) => ({ title, durationMinutes, sectionId })),
    }),
    send: async (body) => {
      const { workshop } = await workshopsApi.create(projectId, body);
      queryClient.setQueryData(workshopKeys.workshop(projectId, workshop.id), { workshop, canRun: true });
      await queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId), exact: true });
      await navigate(workshopPagePath(projectId, workshop.id), { state: { planned: true } });
    },
  });

  return (
    <>
      <section aria-labelledby="workshop-details-heading" className="section">
        <h2 id="workshop-details-heading">Details</h2>
        <form id={FORM_ID} className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.errors} fieldIds={detailsFieldIds} headingLevel={3} />
          <WorkshopDetailsFields
            values={values}
            onChange={(change) => {
              // Another document has other headings: sections chosen from the old one no longer apply.
              if (change.documentId !== undefined && change.documentId !== values.documentId) {
                for (const item of agenda.items) {
                  if (item.sectionId !== null) void agenda.actions.update(item.id, { sectionId: null });
                }
              }
              setValues((current) => ({ ...current, ...change }));
            }}
            documents={documents}
            errors={form.errors.fieldErrors}
          />
        </form>
      </section>
      <AgendaEditor
        items={agenda.items}
        startsAt={workshopDetailsBody(values).startsAt}
        sections={sections.data?.sections}
        actions={agenda.actions}
        savingNote="The agenda is saved with the workshop."
      />
      <div className="workshop-plan__submit">
        <button type="submit" form={FORM_ID} className="button button--primary" disabled={form.sending}>
          {form.sending ? 'Saving…' : 'Plan workshop'}
        </button>
      </div>
    </>
  );
}
