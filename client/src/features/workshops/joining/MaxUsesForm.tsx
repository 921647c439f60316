import { maxUsesSchema, WorkshopJoinLimits } from '@roundtable/shared';
import { useState } from 'react';
import { z } from 'zod';
import { CountField, typedCount } from '../../../components/CountField.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { useFormSubmission } from '../../../components/useFormSubmission.ts';

const schema = z.object({ maxUses: maxUsesSchema });

interface MaxUsesFormProps {
  id: string;
  initial: number;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  primary?: boolean;
  send: (maxUses: number, showError: (error: unknown) => void) => void;
}

/** How many people can use the workshop link: asked when making it, and changeable after. */
export function MaxUsesForm({
  id,
  initial,
  label,
  submitLabel,
  pendingLabel,
  isPending,
  primary = false,
  send,
}: MaxUsesFormProps) {
  const [value, setValue] = useState(String(initial));
  const form = useFormSubmission({
    schema,
    values: () => ({ maxUses: typedCount(value) }),
    send: ({ maxUses }): void => send(maxUses, form.showError),
  });
  return (
    <form className="form max-uses-form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.errors} fieldIds={{ maxUses: id }} headingLevel={3} />
      <CountField
        id={id}
        label={label}
        hint={`Each person who asks to join through the link uses one place. From ${WorkshopJoinLimits.maxUsesMin} to ${WorkshopJoinLimits.maxUsesMax}.`}
        value={value}
        onChange={setValue}
        error={form.errors.fieldErrors.maxUses}
      />
      <button
        type="submit"
        className={primary ? 'button button--primary' : 'button button--secondary'}
        disabled={isPending}
      >
        {isPending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
