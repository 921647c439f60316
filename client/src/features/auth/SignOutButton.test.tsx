import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackUnconfirmedChanges } from '../../collaboration/signOutWouldLoseWork.ts';
import { UNSENT_EDIT_FLAGS_KEY } from '../../collaboration/unsentEditFlags.ts';
import { SignOutButton } from './SignOutButton.tsx';

describe('SignOutButton', () => {
  const unsent = trackUnconfirmedChanges();
  afterEach(() => {
    unsent.forget();
    localStorage.clear();
  });

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

  it('asks first when a copy on this device holds words written in a page since closed, or in another tab', () => {
    const onSignOut = vi.fn();
    // Written by the document page before it closed, or by another tab: both share this storage.
    localStorage.setItem(UNSENT_EDIT_FLAGS_KEY, JSON.stringify(['roundtable:u-sam:project:p1:document:d1']));
    render(<SignOutButton onSignOut={onSignOut} isPending={false} />);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(onSignOut).not.toHaveBeenCalled();
  });
});
