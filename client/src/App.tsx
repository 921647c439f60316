import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { LoadingState } from './components/LoadingState.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { AccountPage } from './features/account/AccountPage.tsx';
import { AdministrationPage } from './features/account/AdministrationPage.tsx';
import { ForgotPasswordPage } from './features/account/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from './features/account/ResetPasswordPage.tsx';
import { RequireSignedIn } from './features/auth/RequireSignedIn.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { InboxPage } from './features/inbox/InboxPage.tsx';
import { InvitePage } from './features/invites/InvitePage.tsx';
import { ProjectPage } from './features/projects/ProjectPage.tsx';
import { ProjectSettingsPage } from './features/projects/ProjectSettingsPage.tsx';
import { ProjectsPage } from './features/projects/ProjectsPage.tsx';
import { TimeGivenPage } from './features/time-given/TimeGivenPage.tsx';
import { JoinWorkshopPage } from './features/workshops/joining/JoinWorkshopPage.tsx';
import { WaitingPage } from './features/workshops/joining/WaitingPage.tsx';
import { WorkshopWelcomePage } from './features/workshops/joining/WorkshopWelcomePage.tsx';
import { WorkshopPlanPage } from './features/workshops/WorkshopPlanPage.tsx';

// The editor and the collaboration stack are most of the code; load them only for documents.
const DocumentPage = lazy(async () => ({
  default: (await import('./features/documents/DocumentPage.tsx')).DocumentPage,
}));

// A screen for the room, with no page header: the same code as the document's live connection.
const BigScreenPage = lazy(async () => ({
  default: (await import('./features/workshops/bigScreen/BigScreenPage.tsx')).BigScreenPage,
}));

export function App() {
  return (
    <Routes>
      <Route element={<RequireSignedIn />}>
        <Route
          path="projects/:projectId/documents/:documentId/big-screen"
          element={
            <Suspense fallback={<LoadingState label="Opening the big screen" />}>
              <BigScreenPage />
            </Suspense>
          }
        />
      </Route>
      <Route element={<AppLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invite/:token" element={<InvitePage />} />
        <Route path="join/waiting" element={<WaitingPage />} />
        <Route path="join/:token" element={<JoinWorkshopPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route element={<RequireSignedIn />}>
          <Route index element={<ProjectsPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="admin" element={<AdministrationPage />} />
          <Route path="projects/:projectId" element={<ProjectPage />} />
          <Route path="projects/:projectId/settings" element={<ProjectSettingsPage />} />
          <Route path="projects/:projectId/time-given" element={<TimeGivenPage />} />
          <Route path="projects/:projectId/workshops/new" element={<WorkshopPlanPage />} />
          <Route path="projects/:projectId/workshops/:workshopId" element={<WorkshopPlanPage />} />
          <Route path="projects/:projectId/workshops/:workshopId/welcome" element={<WorkshopWelcomePage />} />
          <Route
            path="projects/:projectId/documents/:documentId"
            element={
              <Suspense fallback={<LoadingState label="Opening the document" />}>
                <DocumentPage />
              </Suspense>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
