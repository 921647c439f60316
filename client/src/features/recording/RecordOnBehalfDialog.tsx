import { perspectiveLabels } from '@roundtable/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import type { RecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import { Icon } from '../../components/Icon.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';

interface RecordOnBehalfDialogProps {
  isOpen: boolean;
  onClose: () => void;
  projectId: string;
  myId: string;
  recording: RecordOnBehalf;
}

/**
 * Chooses the member whose words this person is about to type: someone who contributed
 * on paper, by phone or in a session. Everyone present sees the switch.
 */
export function RecordOnBehalfDialog({ isOpen, onClose, projectId, myId, recording }: RecordOnBehalfDialogProps) {
  const project = useProjectQuery(projectId);
  const members = (project.data?.members ?? [])
    .filter((member) => member.userId !== myId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const [chosen, setChosen] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { recordingFor, pending, error, start, clearError } = recording;
  const current = useRef(recordingFor);
  current.current = recordingFor;

  // Each opening starts afresh, from whoever is being recorded for already.
  useEffect(() => {
    if (!isOpen) return;
    setChosen(current.current?.id ?? null);
    setSubmitted(false);
    setProblem(null);
    clearError();
  }, [isOpen, clearError]);

  // The server agreed: the banner above the text takes over from here.
  useEffect(() => {
    if (isOpen && submitted && !pending && error === null && recordingFor?.id === chosen) onClose();
  }, [isOpen, submitted, pending, error, recordingFor, chosen, onClose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const member = members.find((candidate) => candidate.userId === chosen);
    if (!member) {
      setProblem('Choose the person you are recording for.');
      return;
    }
    setProblem(null);
    setSubmitted(true);
    start({ id: member.userId, name: member.displayName });
  };

  const message = problem ?? (submitted ? error : null);
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={(open) => (open ? undefined : onClose())} title="Record for someone">
      <form onSubmit={submit} noValidate>
        <p>
          Type what another member has said or written, on paper, by phone or in a session. It is credited to them,
          recorded by you, and everyone with the document open can see that you are doing this.
        </p>
        {project.isPending ? (
          <p role="status">Loading members…</p>
        ) : members.length === 0 ? (
          <p className="empty-state">There is nobody else in this project yet.</p>
        ) : (
          <Select
            className={message ? 'field field--invalid' : 'field'}
            selectedKey={chosen}
            onSelectionChange={(key) => setChosen(key === null ? null : String(key))}
            isInvalid={Boolean(message)}
            validationBehavior="aria"
          >
            <Label className="field__label">Who are you recording for?</Label>
            <Text slot="description" className="field__hint">
              Only members of this project can be chosen.
            </Text>
            <Button className="select__button select__button--wide">
              <SelectValue>
                {({ isPlaceholder, defaultChildren }) => (isPlaceholder ? 'Choose a member' : defaultChildren)}
              </SelectValue>
              <Icon name="chevronDown" size={18} />
            </Button>
            <Popover className="popover">
              <ListBox className="listbox">
                {members.map((member) => (
                  <ListBoxItem
                    key={member.userId}
                    id={member.userId}
                    className="listbox__item"
                    textValue={member.displayName}
                  >
                    {`${member.displayName} (${perspectiveLabels[member.perspective]})`}
                  </ListBoxItem>
                ))}
              </ListBox>
            </Popover>
          </Select>
        )}
        {message ? (
          <p className="inline-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="dialog__actions">
          <Button className="button button--secondary" onPress={onClose}>
            Cancel
          </Button>
          <Button type="submit" className="button button--primary" isDisabled={members.length === 0}>
            {pending && submitted ? 'Starting…' : 'Start recording'}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
