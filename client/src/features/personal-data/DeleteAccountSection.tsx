import { ERASE_CONFIRMATION_PHRASE, ERASED_ACCOUNT_NAME } from '@roundtable/shared';
import { useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { signOutWouldLoseWork } from '../../collaboration/signOutWouldLoseWork.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useDeleteAccount } from './useDeleteAccount.ts';

/**
 * "Delete your account": says plainly what goes and what stays, then asks again with
 * the person's password (or, for an account that signs in through its organisation,
 * a typed phrase) before anything is deleted.
 */
export function DeleteAccountSection({ hasPassword }: { hasPassword: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [wouldLoseWork, setWouldLoseWork] = useState(false);
  const [answer, setAnswer] = useState('');
  const deletion = useDeleteAccount();
  const error = deletion.error;
  const fieldError = isApiRequestError(error) ? (error.fields.password ?? error.fields.confirmation) : undefined;
  const generalError =
    error && !fieldError
      ? isApiRequestError(error)
        ? error.message
        : 'Something went wrong. Please try again.'
      : null;

  const send = () => {
    if (!deletion.isPending) deletion.mutate(hasPassword ? { password: answer } : { confirmation: answer });
  };

  const open = (isOpen: boolean) => {
    if (isOpen) setWouldLoseWork(signOutWouldLoseWork());
    else {
      setAnswer('');
      deletion.reset();
    }
    setConfirming(isOpen);
  };

  return (
    <section className="section panel delete-account" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete your account</h2>
      <p>
        Your name, email address and password are removed from Roundtable, you leave every project and you are signed
        out everywhere. What you wrote stays in the documents, because the group’s work needs it, but it is credited to
        “{ERASED_ACCOUNT_NAME}” instead of your name. This cannot be undone.
      </p>
      <p>You may want to make a copy of your data first.</p>
      <button type="button" className="button button--danger" onClick={() => open(true)}>
        Delete my account
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={open}
        title="Delete your account for good?"
        confirmLabel="Delete my account"
        cancelLabel="Keep my account"
        onConfirm={send}
        isPending={deletion.isPending}
        error={generalError}
      >
        <p>
          Your words stay in the documents, credited to “{ERASED_ACCOUNT_NAME}”. Nobody can bring your account back.
        </p>
        {wouldLoseWork ? (
          <p>
            <strong>This device has changes that have not reached Roundtable yet.</strong> Deleting your account now
            loses them. Wait until the document shows “All changes saved” first.
          </p>
        ) : null}
        <form
          noValidate
          onSubmit={(event) => {
            // Enter in the field asks for the deletion, as the button does.
            event.preventDefault();
            send();
          }}
        >
          {hasPassword ? (
            <TextField
              id="delete-account-password"
              label="Your password"
              hint="To check it is you."
              type="password"
              autoComplete="current-password"
              value={answer}
              onChange={setAnswer}
              error={fieldError}
            />
          ) : (
            <TextField
              id="delete-account-confirmation"
              label={`Type “${ERASE_CONFIRMATION_PHRASE}” to confirm`}
              value={answer}
              onChange={setAnswer}
              error={fieldError}
              spellCheck={false}
            />
          )}
        </form>
      </ConfirmDialog>
    </section>
  );
}
