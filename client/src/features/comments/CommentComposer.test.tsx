import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CommentComposer } from './CommentComposer.tsx';

const members = [
  { id: 'ada', displayName: 'Ada Lovelace' },
  { id: 'sam', displayName: 'Sam Okafor' },
  { id: 'lou', displayName: 'Louise Adams' },
];

function Composer({ onSend }: { onSend: (body: string) => Promise<unknown> }) {
  const [value, setValue] = useState('');
  return (
    <CommentComposer
      id="body"
      label="Your comment"
      value={value}
      onChange={setValue}
      sendLabel="Send comment"
      onSend={onSend}
      onCancel={() => {}}
      people={members}
    />
  );
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function type(field: HTMLTextAreaElement, value: string) {
  fireEvent.change(field, { target: { value, selectionStart: value.length, selectionEnd: value.length } });
  field.setSelectionRange(value.length, value.length);
  fireEvent.select(field);
}

describe('CommentComposer mentions', () => {
  it('suggests matching members, chosen by keyboard, and says how many match', async () => {
    render(<Composer onSend={async () => {}} />);
    const field = screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    expect(screen.getByText(/Type @ and a name to mention someone/)).toBeTruthy();

    type(field, 'Thanks @ad');
    const options = screen.getAllByRole('button', { name: /^Mention / });
    expect(options.map((option) => option.getAttribute('aria-label'))).toEqual([
      'Mention Ada Lovelace',
      'Mention Louise Adams',
    ]);
    expect(screen.getByRole('status').textContent).toBe(
      '2 people match “ad”. Press Enter for Ada Lovelace, or Down arrow to choose.',
    );

    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(options[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    fireEvent.keyDown(options[1] as HTMLElement, { key: 'ArrowUp' });
    // Enter or Space on a focused button clicks it.
    fireEvent.click(document.activeElement as HTMLElement);
    await nextFrame();

    expect(field.value).toBe('Thanks @Ada Lovelace ');
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('button', { name: /^Mention / })).toBeNull();
  });

  it.each(['Enter', 'Tab'])('takes the highlighted name on %s, as other writing tools do', async (key) => {
    render(<Composer onSend={async () => {}} />);
    const field = screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    type(field, 'Ask @lo');
    fireEvent.keyDown(field, { key });
    await nextFrame();
    expect(field.value).toBe('Ask @Louise Adams ');
    expect(document.activeElement).toBe(field);
  });

  it('says before sending when an @name matches nobody, and sends it as it is if asked again', async () => {
    const onSend = vi.fn(async () => {});
    render(<Composer onSend={onSend} />);
    const field = screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    type(field, 'Ask @Lenna about buses');
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Nobody in this project is called “@Lenna”, so nobody will be told.',
    );
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    await vi.waitFor(() => expect(onSend).toHaveBeenCalledWith('Ask @Lenna about buses'));
  });

  it('closes the suggestions on Escape and keeps the words typed', () => {
    render(<Composer onSend={async () => {}} />);
    const field = screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    type(field, '@sa');
    expect(screen.getByRole('button', { name: 'Mention Sam Okafor' })).toBeTruthy();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Mention Sam Okafor' })).toBeNull();
    expect(field.value).toBe('@sa');
  });

  it('sends with Ctrl+Enter, and keeps the text with the server’s message when sending fails', async () => {
    const onSend = vi.fn(async () => {
      throw new Error('The connection dropped.');
    });
    render(<Composer onSend={onSend} />);
    const field = screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('Write a comment before sending it.', { selector: 'a' })).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();

    type(field, 'Agreed.');
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    await vi.waitFor(() => expect(onSend).toHaveBeenCalledWith('Agreed.'));
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeTruthy();
    expect(field.value).toBe('Agreed.');
  });
});
