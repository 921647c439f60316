import { Link, NavLink } from 'react-router';
import { useMeQuery } from '../api/useMeQuery.ts';
import { SignOutButton } from '../features/auth/SignOutButton.tsx';
import { useSignOut } from '../features/auth/useSignOut.ts';
import { InboxLink } from '../features/inbox/InboxLink.tsx';

/** Product name home, who is signed in, and a way out, on every page. */
export function AppHeader() {
  const me = useMeQuery();
  const signOut = useSignOut();
  const user = me.data;

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to="/" className="app-header__brand">
          <span className="app-header__mark" aria-hidden="true" />
          Roundtable
        </Link>
        {user ? (
          <>
            <nav className="app-header__nav" aria-label="Main">
              <Link to="/" className="app-header__link">
                My projects
              </Link>
              <InboxLink />
              <NavLink to="/account" className="app-header__link">
                Account
              </NavLink>
            </nav>
            <div className="app-header__account">
              <p className="app-header__name">
                <span className="visually-hidden">Signed in as </span>
                {user.displayName}
              </p>
              <SignOutButton onSignOut={() => signOut.mutate()} isPending={signOut.isPending} />
            </div>
          </>
        ) : null}
      </div>
      {signOut.isError ? (
        <p className="app-header__error" role="alert">
          {signOut.error.message}
        </p>
      ) : null}
    </header>
  );
}
