import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary.tsx';

describe('ErrorSummary', () => {
  beforeAll(() => {
    // jsdom does no layout, so it has no scrolling.
    Element.prototype.scrollIntoView = () => {};
  });

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary focusKey={1} fieldErrors={{}} />);
    expect(container.innerHTML).toBe('');
  });

  it('takes focus, links each field error to its input and lists other messages plainly', () => {
    render(
      <>
        <ErrorSummary
          focusKey={1}
          fieldErrors={{ email: 'Enter an email address.', unknownField: 'Something else is wrong.' }}
          fieldIds={{ email: 'signin-email' }}
          message="Check your answers."
        />
        <input id="signin-email" aria-label="Email address" />
      </>,
    );
    const heading = screen.getByRole('heading', { name: 'There is a problem' });
    expect(document.activeElement).toBe(heading.parentElement);
    expect(screen.getByText('Check your answers.')).toBeTruthy();
    expect(screen.getByText('Something else is wrong.').closest('a')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Enter an email address.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Email address'));
  });
});
