import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiProblem } from '../api/problem';
import { onSessionChange } from '../features/sign-in';
import { createAppRouter } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Problems the server decided (4xx) are not retried; network hiccups and 5xx once.
      retry: (count, error) =>
        !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
});
// Another person signed in, or the session ended: nothing cached for the previous one may show.
onSessionChange(() => queryClient.clear());
const router = createAppRouter();

/** The whole app: server state (TanStack Query) and the routes. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
