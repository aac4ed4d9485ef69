import type { paths } from './schema';

/** The JSON body a GET of this path answers with 200. */
type Ok<P extends keyof paths, M extends 'get' | 'post' | 'patch' | 'delete' = 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

/** The JSON body a request of this path and method takes. */
export type Body<P extends keyof paths, M extends 'post' | 'patch' | 'put'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type Project = Ok<'/api/projects/{projectId}'>;
export type Wave = Ok<'/api/projects/{projectId}/waves'>[number];
export type Survey = Ok<'/api/projects/{projectId}/surveys'>[number];
export type SurveyTemplate = Ok<'/api/survey-templates'>[number];
export type ApiKey = Ok<'/api/keys'>[number];
export type Me = Ok<'/api/me'>;
export type Account = Ok<'/api/accounts'>[number];
export type AccountLink = Ok<'/api/accounts/{accountId}/invitation', 'post'>;
