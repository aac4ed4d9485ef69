import type { Response } from 'express';
import type { HttpProblem } from '../http-problem.js';

/** Writes a problem as `application/problem+json` with its headers. */
export function sendProblem(res: Response, problem: HttpProblem): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem.toJSON()));
}
