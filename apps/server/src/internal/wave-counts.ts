import type { Store, Wave } from '@neighbourly/store';

/** How many people a wave invited, how many started and completed, and its response rate. */
export interface WaveCounts {
  invited: number;
  started: number;
  completed: number;
  responses: number;
  responseRate?: number;
}

/** Counts a wave's invitations by status (page by page) and its complete responses. */
export async function countWave(store: Store, wave: Wave): Promise<WaveCounts> {
  let invited = 0;
  let started = 0;
  let completed = 0;
  let after: string | undefined;
  for (;;) {
    const page = await store.invitations.list(wave.id, {
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    for (const invitation of page) {
      if (invitation.status === 'revoked') continue;
      invited += 1;
      if (invitation.status === 'started') started += 1;
      if (invitation.status === 'completed') completed += 1;
    }
    if (page.length < 1000) break;
    after = page[page.length - 1]?.id;
  }
  const responses = await store.responses.count({
    projectId: wave.projectId,
    waveId: wave.id,
    status: 'complete',
  });
  return {
    invited,
    started,
    completed,
    responses,
    ...(invited > 0 ? { responseRate: completed / invited } : {}),
  };
}
