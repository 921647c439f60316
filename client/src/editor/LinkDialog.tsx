import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { ModalDialog } from '../components/ModalDialog.tsx';
import { TextField } from '../components/TextField.tsx';
import { normaliseLink } from './normaliseLink.ts';

interface LinkDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The link already under the caret, if any. */
  currentHref: string | null;
  onSave: (href: string) => void;
  onRemove: () => void;
}

/** Asks for a web or email address; refuses anything that could run script. */
export function LinkDialog({ isOpen, onOpenChange, currentHref, onSave, onRemove }: LinkDialogProps) {
  const [value, setValue] = useState(currentHref ?? '');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!isOpen) return;
    setValue(currentHref ?? '');
    setError(undefined);
    // The dialog focuses itself first; the address is what people came to type.
    const frame = requestAnimationFrame(() => document.getElementById('link-address')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [isOpen, currentHref]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normaliseLink(value);
    if (!result.ok) {
      setError(result.message);
      document.getElementById('link-address')?.focus();
      return;
    }
    onSave(result.href);
  };

  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={currentHref ? 'Edit link' : 'Add a link'}>
      <form onSubmit={submit} noValidate>
        <TextField
          id="link-address"
          label="Web or email address"
          hint="For example, www.example.org or name@example.org"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={value}
          onChange={setValue}
          error={error}
        />
        <div className="dialog__actions">
          <Button className="button button--secondary" onPress={() => onOpenChange(false)}>
            Cancel
          </Button>
          {currentHref ? (
            <Button className="button button--secondary" onPress={onRemove}>
              Remove link
            </Button>
          ) : null}
          <Button type="submit" className="button button--primary">
            Save link
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
