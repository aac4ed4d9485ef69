import { isStoreError } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { defineRoute } from '../route.js';

/** Liveness and readiness. */
export const systemRoutes = [
  defineRoute({
    method: 'get',
    path: '/health',
    tag: 'System',
    summary: 'Liveness: the process answers',
    access: 'public',
    usesStore: false,
    responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
    async handler({ res }) {
      res.json({ status: 'ok' });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/ready',
    tag: 'System',
    summary: 'Readiness: the store answers a round trip and its last integrity check passed',
    access: 'public',
    responses: {
      200: { description: 'Ready', schema: z.object({ status: z.literal('ready'), store: z.string() }) },
      503: {
        description:
          'The store is not reachable (`reason: store-unreachable`) or damaged (`reason: store-damaged`: its periodic `PRAGMA quick_check` failed or a read hit a corrupt page); `detail` gives the reason',
      },
    },
    async handler({ res, services }) {
      try {
        await services.store.ping();
      } catch (error) {
        // The reason is the store's own sentence (damaged: what quick_check found; unreachable: why), never a
        // path or a URL with credentials: the store's messages carry neither.
        const damaged = isStoreError(error, 'damaged');
        throw new HttpProblem(
          503,
          'unavailable',
          damaged
            ? `The database is damaged: ${error.message}`
            : `The database is not reachable: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error, reason: damaged ? 'store-damaged' : 'store-unreachable' },
        );
      }
      res.json({ status: 'ready', store: services.store.kind });
    },
  }),
];
