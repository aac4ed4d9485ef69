import type { Project, Wave } from '@neighbourly/store';
import { HttpProblem } from '../http-problem.js';
import { type Principal, requireProject } from './principal.js';
import type { Services } from './route.js';

/** The project, after checking the caller's scope; 403 outside the scope, 404 when it does not exist. */
export async function loadProject(
  services: Services,
  principal: Principal | undefined,
  projectId: string,
): Promise<Project> {
  if (principal !== undefined) requireProject(principal, projectId);
  const project = await services.store.projects.get(projectId);
  if (project === undefined) throw new HttpProblem(404, 'not-found', 'No project with this id.');
  return project;
}

/** The wave, after checking the caller's scope covers its project. */
export async function loadWave(
  services: Services,
  principal: Principal | undefined,
  waveId: string,
): Promise<Wave> {
  const wave = await services.store.waves.get(waveId);
  if (wave === undefined) throw new HttpProblem(404, 'not-found', 'No wave with this id.');
  if (principal !== undefined) requireProject(principal, wave.projectId);
  return wave;
}
