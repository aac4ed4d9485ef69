import { type ApiKey, createSecret } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { httpRoleOf, storeRoleOf } from '../../roles.js';
import { CreatedKeyView, CreateKeyBody, KeyParams, KeyView } from '../http-schemas.js';
import { reaches } from '../principal.js';
import { defineRoute } from '../route.js';

function keyView(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    role: httpRoleOf(key.role),
    ...(key.projectId === undefined ? {} : { projectId: key.projectId }),
    createdAt: key.createdAt,
    ...(key.revokedAt === undefined ? {} : { revokedAt: key.revokedAt }),
  };
}

/** API keys: create (the secret is shown once), list, revoke. */
export const keyRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/keys',
    tag: 'Keys',
    summary: 'Create an API key with a role and an optional project scope',
    access: ['admin'],
    body: CreateKeyBody,
    responses: { 201: { description: 'The key, with its secret shown this once', schema: CreatedKeyView } },
    async handler({ res, body, principal, services }) {
      const { store } = services;
      // A project-scoped admin manages keys of its own project only: it can never mint a wider key.
      if (principal !== undefined && !reaches(principal, body.projectId)) {
        throw new HttpProblem(403, 'forbidden', 'You can only create keys for your own projects.');
      }
      if (body.projectId !== undefined && (await store.projects.get(body.projectId)) === undefined) {
        throw new HttpProblem(422, 'validation', 'The project does not exist.', {
          errors: [{ path: 'body.projectId', message: 'no project with this id' }],
        });
      }
      const { secret, hash } = createSecret('nbk_');
      const key = await store.apiKeys.create({
        name: body.name,
        role: storeRoleOf(body.role),
        keyHash: hash,
        ...(body.projectId === undefined ? {} : { projectId: body.projectId }),
      });
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'key.create',
        target: key.id,
        ...(key.projectId === undefined ? {} : { projectId: key.projectId }),
        details: { role: body.role },
      });
      res.status(201).json({ ...keyView(key), key: secret });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/keys',
    tag: 'Keys',
    summary: 'List API keys (never their secrets)',
    access: ['admin'],
    responses: { 200: { description: 'The keys', schema: z.array(KeyView) } },
    async handler({ res, principal, services }) {
      const keys = await services.store.apiKeys.list({ limit: 1000 });
      res.json(
        keys.filter((key) => principal === undefined || reaches(principal, key.projectId)).map(keyView),
      );
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/keys/:keyId',
    tag: 'Keys',
    summary: 'Revoke an API key',
    access: ['admin'],
    params: KeyParams,
    responses: { 204: { description: 'Revoked' } },
    async handler({ res, params, principal, services }) {
      const { store } = services;
      const key = await store.apiKeys.get(params.keyId);
      // Keys of other projects do not exist for a project-scoped admin.
      const outOfScope = principal !== undefined && !reaches(principal, key?.projectId);
      if (key === undefined || outOfScope)
        throw new HttpProblem(404, 'not-found', 'No API key with this id.');
      if (key.revokedAt === undefined) await store.apiKeys.revoke(key.id);
      await store.audit.append({ actor: principal?.actor ?? 'system', action: 'key.revoke', target: key.id });
      res.status(204).end();
    },
  }),
];
