import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackUnsentChanges } from '../../collaboration/unsentChanges.ts';
import { SignOutButton } from './SignOutButton.tsx';

describe('SignOutButton', () => {
  const unsent = trackUnsentChanges();
  afterEach(() => unsent.forget());

  it('signs out at once when everything has reached the server', () => {
    const onSignOut = vi.fn();
    render(<SignOutButton onSignOut={onSignOut} isPending={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks first when an open document has changes that have not reached the server', () => {
    const onSignOut = vi.fn();
    unsent.report(3);
    render(<SignOutButton onSignOut={onSignOut} isPending={false} />);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/changes that have not reached Roundtable yet/);
    expect(onSignOut).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSignOut).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out anyway' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
