import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { EntryPage } from '../features/paper-entry';
import { PeoplePage } from '../features/people';
import { NewProjectPage, ProjectLayout, ProjectOverviewPage, ProjectsPage } from '../features/projects';
import { AddQuestionnairePage, QuestionnairesPage } from '../features/questionnaires';
import { ForgotPasswordPage, OneTimeLinkPage, RequireSession, SignInPage } from '../features/sign-in';
import { TheoryOfChangePage } from '../features/theory-of-change';
import { OpenWavePage, WavePage, WavesPage } from '../features/waves';
import { Loading } from '../ui/states';
import { AppLayout, NotFoundPage } from './layout';

// Results and the programme load chart.js: chunks of their own, fetched when the page is opened.
const ResultsPage = lazy(() =>
  import('../features/results').then((module) => ({ default: module.ResultsPage })),
);
const ProgrammePage = lazy(() =>
  import('../features/programme').then((module) => ({ default: module.ProgrammePage })),
);

/** The app's routes: sign-in and the one-time-link pages, and everything else behind a session. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'accept-invitation', element: <OneTimeLinkPage key="invitation" purpose="invitation" /> },
      { path: 'reset-password', element: <OneTimeLinkPage key="reset" purpose="password-reset" /> },
      {
        path: '/',
        element: (
          <RequireSession>
            <ProjectsPage />
          </RequireSession>
        ),
      },
      {
        path: 'programme',
        element: (
          <RequireSession>
            <Suspense fallback={<Loading />}>
              <ProgrammePage />
            </Suspense>
          </RequireSession>
        ),
      },
      {
        path: 'projects/new',
        element: (
          <RequireSession>
            <NewProjectPage />
          </RequireSession>
        ),
      },
      {
        path: 'projects/:projectId',
        element: (
          <RequireSession>
            <ProjectLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <ProjectOverviewPage /> },
          { path: 'questionnaires', element: <QuestionnairesPage /> },
          { path: 'questionnaires/new', element: <AddQuestionnairePage /> },
          { path: 'theory-of-change', element: <TheoryOfChangePage /> },
          { path: 'waves', element: <WavesPage /> },
          { path: 'waves/new', element: <OpenWavePage /> },
          { path: 'waves/:waveId', element: <WavePage /> },
          { path: 'waves/:waveId/entry', element: <EntryPage /> },
          {
            path: 'results',
            element: (
              <Suspense fallback={<Loading />}>
                <ResultsPage />
              </Suspense>
            ),
          },
          { path: 'people', element: <PeoplePage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The router, under the path the server mounted the app at (its `<base href>`). */
export function createAppRouter() {
  const basename = new URL(document.baseURI).pathname.replace(/\/$/, '') || '/';
  return createBrowserRouter(routes, { basename });
}
