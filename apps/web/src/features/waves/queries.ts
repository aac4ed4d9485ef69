import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../../api/client';

/** The invitations of a wave with their states (never their tokens). */
export const invitationsQuery = (waveId: string) =>
  queryOptions({
    queryKey: ['invitations', waveId],
    queryFn: () => call(client.GET('/api/waves/{waveId}/invitations', { params: { path: { waveId } } })),
  });
