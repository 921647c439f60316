import { type DocumentSummary, updateWorkshopBody, type Workshop } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { detailsFieldIds, WorkshopDetailsFields, type WorkshopDetailsValues } from './WorkshopDetailsFields.tsx';
import { detailsValuesOf, workshopDetailsBody } from './workshopDetailsBody.ts';
import { workshopKeys, workshopsApi } from './workshopsApi.ts';

interface EditWorkshopFormProps {
  projectId: string;
  workshop: Workshop;
  documents: DocumentSummary[];
}

/** Changing a planned workshop's details, saved with one button. */
export function EditWorkshopForm({ projectId, workshop, documents }: EditWorkshopFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<WorkshopDetailsValues>(() => detailsValuesOf(workshop));
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const documentChanges = values.documentId !== workshop.documentId;
  const hasSections = workshop.agenda.some((item) => item.section !== null);
  const form = useFormSubmission({
    schema: updateWorkshopBody,
    values: () => workshopDetailsBody(values),
    onAttempt: () => setNotice(null),
    send: async (body) => {
      const response = await workshopsApi.update(projectId, workshop.id, body);
      queryClient.setQueryData(workshopKeys.workshop(projectId, workshop.id), response);
      await queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId), exact: true });
      setValues(detailsValuesOf(response.workshop));
      setNotice({ text: 'Changes saved. Everyone in the project sees them.', tone: 'success' });
    },
  });

  return (
    <section aria-labelledby="workshop-details-heading" className="section">
      <h2 id="workshop-details-heading">Details</h2>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.errors} fieldIds={detailsFieldIds} headingLevel={3} />
        <WorkshopDetailsFields
          values={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          documents={documents}
          errors={form.errors.fieldErrors}
        />
        {documentChanges && hasSections ? (
          <p className="notice notice--warning">
            Agenda items will no longer point to sections: those sections belong to the other document.
          </p>
        ) : null}
        <LiveNotice message={notice} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.sending}>
            {form.sending ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </section>
  );
}
