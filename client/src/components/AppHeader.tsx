import { Link, NavLink } from 'react-router';
import { useMeQuery } from '../api/useMeQuery.ts';
import { SignOutButton } from '../features/auth/SignOutButton.tsx';
import { useSignOut } from '../features/auth/useSignOut.ts';
import { InboxLink } from '../features/inbox/InboxLink.tsx';

/** Product name home, who is signed in (the way to their account), and a way out, on every page. */
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
            </nav>
            <div className="app-header__account">
              <p className="app-header__name">
                {/* The way to change the password and see where you are signed in. */}
                <NavLink to="/account">
                  <span className="visually-hidden">Your account, signed in as </span>
                  {user.displayName}
                </NavLink>
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
