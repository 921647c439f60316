import { type Ref, useRef, useState } from 'react';
import { copyText } from '../features/invites/copyText.ts';
import { Icon } from './Icon.tsx';
import { LiveNotice, type NoticeMessage } from './LiveNotice.tsx';

interface CopyLinkFieldProps {
  /** The input's id, for the label the page gives it. */
  id: string;
  url: string;
  /** The id of the hint that says what the link does. */
  hintId: string;
  /** For a page that moves the focus to the link once it is made. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A link to hand on: the whole link selected on focus, a Copy link button, and whether
 * copying worked said politely. Give it a new `key` with each new link, so what was said
 * about the last one goes.
 */
export function CopyLinkField({ id, url, hintId, inputRef }: CopyLinkFieldProps) {
  const ownRef = useRef<HTMLInputElement | null>(null);
  const [copyStatus, setCopyStatus] = useState<NoticeMessage | null>(null);
  const setInput = (input: HTMLInputElement | null) => {
    ownRef.current = input;
    if (typeof inputRef === 'function') inputRef(input);
    else if (inputRef) inputRef.current = input;
  };
  return (
    <>
      <div className="copy-field">
        <input
          id={id}
          ref={setInput}
          className="input copy-field__input"
          readOnly
          value={url}
          aria-describedby={hintId}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            const copied = await copyText(url, ownRef.current);
            setCopyStatus(
              copied
                ? { text: 'Link copied.', tone: 'success' }
                : { text: 'Could not copy. Select the link and copy it yourself.', tone: 'error' },
            );
          }}
        >
          <Icon name="copy" />
          Copy link
        </button>
      </div>
      <div className="copy-field__status">
        <LiveNotice message={copyStatus} />
      </div>
    </>
  );
}
