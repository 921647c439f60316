import {
  type AccessNeed,
  AccessNeedsLimits,
  type AccessNeedsResponse,
  accessNeedLabels,
  accessNeeds,
  type MyAccessNeeds,
  saveAccessNeedsBody,
} from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { formatDate } from '../../format/formatDate.ts';
import { accessNeedsApi, accessNeedsKeys } from './accessNeedsApi.ts';

export const SHOW_NAME_LABEL = 'Let leads and facilitators see my name with these';
export const CONSENT_LABEL = 'I agree to Roundtable keeping this and showing it to leads and facilitators';
const fieldIds = { needs: 'access-needs-list', otherNeeds: 'access-needs-other', consent: 'access-needs-consent' };

const savedText = (saved: MyAccessNeeds) =>
  saved.showName
    ? 'Saved. Leads and facilitators can see your name with what helps you.'
    : 'Saved. Leads and facilitators see this only as counts, without your name.';

interface AccessNeedsFormProps {
  /** What the person told us before, or null. */
  saved: MyAccessNeeds | null;
  /** Once it is deleted, the delete button is gone: focus goes somewhere sensible. */
  onDeleted: () => void;
}

/**
 * The needs to tick, anything else in the person's own words, whether their name may be
 * shown, and their consent, which must be given each time it is saved. Unticking consent
 * on a saved record takes it back, which deletes the record, as "Delete what I told you" does.
 */
export function AccessNeedsForm({ saved, onDeleted }: AccessNeedsFormProps) {
  const queryClient = useQueryClient();
  const [needs, setNeeds] = useState<AccessNeed[]>(saved?.needs ?? []);
  const [otherNeeds, setOtherNeeds] = useState(saved?.otherNeeds ?? '');
  const [showName, setShowName] = useState(saved?.showName ?? false);
  const [consent, setConsent] = useState(saved !== null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const form = useFormSubmission({
    schema: saveAccessNeedsBody,
    values: () => ({ needs, otherNeeds, consent, showName }),
    onAttempt: () => setNotice(null),
    // Waited for, so the last attempt's problems are cleared while it is sent and a refusal is shown.
    send: (data) => save.mutateAsync(data),
  });
  const { errors } = form;
  const onSubmit = (event: FormEvent) => {
    if (saved && !consent) {
      // Taking back consent for what is kept is deleting it: asked first, like the button.
      event.preventDefault();
      setConfirmingDelete(true);
      return;
    }
    form.onSubmit(event);
  };

  const save = useMutation({
    mutationFn: accessNeedsApi.save,
    onSuccess: (answer) => {
      queryClient.setQueryData<AccessNeedsResponse>(accessNeedsKeys.mine, answer);
      if (answer.accessNeeds) setNotice({ text: savedText(answer.accessNeeds), tone: 'success' });
    },
  });

  const remove = useMutation({
    mutationFn: accessNeedsApi.remove,
    onSuccess: () => {
      setNeeds([]);
      setOtherNeeds('');
      setShowName(false);
      setConsent(false);
      setConfirmingDelete(false);
      form.clearErrors();
      setNotice({
        text: 'Deleted. Roundtable no longer keeps anything you told us about what helps you.',
        tone: 'success',
      });
      queryClient.setQueryData<AccessNeedsResponse>(accessNeedsKeys.mine, { accessNeeds: null });
      onDeleted();
    },
  });

  const toggle = (need: AccessNeed, ticked: boolean) => {
    setNotice(null);
    setNeeds((current) =>
      ticked
        ? accessNeeds.filter((each) => each === need || current.includes(each))
        : current.filter((each) => each !== need),
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="access-needs-heading">
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      {saved ? (
        <p className="access-needs__kept">You last agreed to us keeping this on {formatDate(saved.consentedAt)}.</p>
      ) : null}
      <fieldset
        id={fieldIds.needs}
        className={errors.fieldErrors.needs ? 'field field--invalid access-needs__list' : 'field access-needs__list'}
      >
        <legend className="field__label">What helps you? Tick any that apply.</legend>
        {errors.fieldErrors.needs ? (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {errors.fieldErrors.needs}
          </p>
        ) : null}
        {accessNeeds.map((need) => (
          <CheckboxField
            key={need}
            label={accessNeedLabels[need].label}
            description={accessNeedLabels[need].help}
            isSelected={needs.includes(need)}
            onChange={(ticked) => toggle(need, ticked)}
          />
        ))}
      </fieldset>
      <TextField
        id={fieldIds.otherNeeds}
        label="Anything else that helps"
        optional
        multiline
        hint="In your own words, for example “a quiet room to take a break”. Leads and facilitators see this only if you let them see your name, because it could tell them who you are."
        value={otherNeeds}
        onChange={(value) => {
          setOtherNeeds(value);
          setNotice(null);
        }}
        limit={AccessNeedsLimits.otherNeedsMax}
        error={errors.fieldErrors.otherNeeds}
      />
      <div className="field">
        <CheckboxField
          label={SHOW_NAME_LABEL}
          description="If you leave this unticked, they see only how many people need each thing."
          isSelected={showName}
          onChange={(next) => {
            setShowName(next);
            setNotice(null);
          }}
        />
      </div>
      <div id={fieldIds.consent} className={errors.fieldErrors.consent ? 'field field--invalid' : 'field'}>
        {errors.fieldErrors.consent ? (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {errors.fieldErrors.consent}
          </p>
        ) : null}
        <CheckboxField
          label={CONSENT_LABEL}
          description="We need this to keep anything. Untick it and save to take it back: what you told us is then deleted."
          isSelected={consent}
          onChange={(next) => {
            setConsent(next);
            setNotice(null);
          }}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        {saved ? (
          <button type="button" className="button button--danger" onClick={() => setConfirmingDelete(true)}>
            Delete what I told you
          </button>
        ) : null}
      </div>
      <LiveNotice message={notice} />
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={(open) => {
          setConfirmingDelete(open);
          if (!open) remove.reset();
        }}
        title="Delete what you told us?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        onConfirm={() => {
          if (!remove.isPending) remove.mutate();
        }}
        isPending={remove.isPending}
        error={remove.error ? remove.error.message : null}
      >
        <p>
          Everything you told us about what helps you take part is deleted, and leads and facilitators no longer see it.
          You can tell us again at any time.
        </p>
      </ConfirmDialog>
    </form>
  );
}
