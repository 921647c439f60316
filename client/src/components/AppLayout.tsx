import { Outlet } from 'react-router';
import { MAIN_CONTENT_ID, RouteChangeFocus } from '../a11y/RouteChangeFocus.tsx';
import { AppHeader } from './AppHeader.tsx';

export function AppLayout() {
  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        Skip to main content
      </a>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <RouteChangeFocus />
    </>
  );
}
