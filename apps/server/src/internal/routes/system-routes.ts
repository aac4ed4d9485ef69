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
    summary: 'Readiness: the store answers a round trip',
    access: 'public',
    responses: {
      200: { description: 'Ready', schema: z.object({ status: z.literal('ready'), store: z.string() }) },
      503: { description: 'The store is not reachable' },
    },
    async handler({ res, services }) {
      try {
        await services.store.ping();
      } catch (error) {
        throw new HttpProblem(503, 'unavailable', 'The database is not reachable.', { cause: error });
      }
      res.json({ status: 'ready', store: services.store.kind });
    },
  }),
];
