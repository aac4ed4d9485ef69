import type { ProjectPatch } from '@neighbourly/store';
import { z } from 'zod';
import { HttpProblem } from '../../http-problem.js';
import { CreateProjectBody, PatchProjectBody, ProjectParams, ProjectView } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { projectScope } from '../principal.js';
import { checkProjectParts, withStarterParts } from '../project-parts.js';
import { defineRoute } from '../route.js';

/** Projects: create (admin), list and read (within the key's scope), change (admin, coordinator). */
export const projectRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/projects',
    tag: 'Projects',
    summary:
      'Create a project; without an indicator set it gets the templates\u2019 indicators, without a theory of change a starter one, so surveys from the templates are accepted at once',
    access: ['admin'],
    body: CreateProjectBody,
    responses: {
      201: { description: 'The project', schema: ProjectView },
      403: {
        description: 'Not an admin key, or an admin key limited to one project (`reason: project-scoped`)',
      },
      409: { description: 'A project with this slug exists' },
      422: { description: 'Not valid: the body, its theory of change or its indicator set (see `errors`)' },
    },
    async handler({ res, body, principal, services }) {
      if (principal !== undefined && projectScope(principal) !== undefined) {
        throw new HttpProblem(
          403,
          'forbidden',
          'A key or account limited to some projects cannot create projects.',
          {
            reason: 'project-scoped',
          },
        );
      }
      checkProjectParts(body);
      const { store } = services;
      const project = await store.projects.create({
        name: body.name,
        slug: body.slug,
        languages: body.languages,
        frameworkId: body.frameworkId,
        ...withStarterParts(body),
        ...(body.context === undefined ? {} : { context: body.context }),
      });
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'project.create',
        projectId: project.id,
        target: project.id,
      });
      res.status(201).json(project);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects',
    tag: 'Projects',
    summary: 'List the projects the key may see',
    access: ['admin', 'coordinator', 'researcher'],
    responses: { 200: { description: 'The projects', schema: z.array(ProjectView) } },
    async handler({ res, principal, services }) {
      const scope = principal === undefined ? undefined : projectScope(principal);
      if (scope !== undefined) {
        const projects = await Promise.all(
          [...new Set(scope)].sort().map((id) => services.store.projects.get(id)),
        );
        res.json(projects.filter((project) => project !== undefined));
        return;
      }
      res.json(await services.store.projects.list({ limit: 1000 }));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId',
    tag: 'Projects',
    summary: 'Read a project',
    access: ['admin', 'coordinator', 'researcher'],
    params: ProjectParams,
    responses: { 200: { description: 'The project', schema: ProjectView } },
    async handler({ res, params, principal, services }) {
      res.json(await loadProject(services, principal, params.projectId));
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/projects/:projectId',
    tag: 'Projects',
    summary: 'Change a project: name, slug, languages, framework, theory of change, indicator set, context',
    access: ['admin', 'coordinator'],
    params: ProjectParams,
    body: PatchProjectBody,
    responses: {
      200: { description: 'The changed project', schema: ProjectView },
      404: { description: 'No project with this id' },
      409: { description: 'Another project has this slug' },
      422: { description: 'Not valid: the body, its theory of change or its indicator set (see `errors`)' },
    },
    async handler({ res, params, body, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      checkProjectParts({
        frameworkId: body.frameworkId ?? project.frameworkId,
        indicatorSet: body.indicatorSet === undefined ? project.indicatorSet : body.indicatorSet,
        theoryOfChange: body.theoryOfChange === undefined ? project.theoryOfChange : body.theoryOfChange,
      });
      const patch: ProjectPatch = {};
      if (body.name !== undefined) patch.name = body.name;
      if (body.slug !== undefined) patch.slug = body.slug;
      if (body.languages !== undefined) patch.languages = body.languages;
      if (body.frameworkId !== undefined) patch.frameworkId = body.frameworkId;
      if (body.theoryOfChange !== undefined) patch.theoryOfChange = body.theoryOfChange;
      if (body.indicatorSet !== undefined) patch.indicatorSet = body.indicatorSet;
      if (body.context !== undefined) patch.context = body.context;
      const updated = await services.store.projects.update(project.id, patch);
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'project.update',
        projectId: project.id,
        target: project.id,
        details: { fields: Object.keys(patch) },
      });
      res.json(updated);
    },
  }),
];
