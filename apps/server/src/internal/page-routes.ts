import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { RouteResponse } from './route.js';
import { assetsDir, vendorFiles } from './static-paths.js';

/**
 * A route that serves a page or a browser file rather than JSON. Pages are in the OpenAPI document too (tag
 * `Pages`), so every route of the router is documented; `/assets/…` is a static folder, not a route.
 */
export interface PageRoute {
  path: string;
  summary: string;
  /** Rate-limited like the respondent API (the respondent pages). */
  rateLimited: boolean;
  /** Its answers; 400 for a path with parameters, 429 when rate limited and 500 are added by the document. */
  responses: Record<number, RouteResponse>;
  handler(req: Request, res: Response, next: NextFunction): void;
}

const html = { description: 'The page', mediaType: 'text/html' };
const toWebApp = {
  description: "To the coordinator's web app",
  mediaType: ['text/plain', 'text/html'],
  headers: { Location: { description: 'The web app, relative to the mount path', required: true } },
};

function page(file: string) {
  return (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(join(assetsDir, file));
  };
}

/** Pages: plain HTML that loads our ES modules; links inside are relative to the page. */
export const pageRoutes: readonly PageRoute[] = [
  {
    path: '/s/:token',
    summary: 'The respondent page of an invitation link (it calls the respondent API)',
    rateLimited: true,
    responses: { 200: html },
    handler: page('respondent.html'),
  },
  {
    path: '/o/:waveId',
    summary: 'The respondent page of a wave open to anyone with its link',
    rateLimited: true,
    responses: { 200: html },
    handler: page('respondent.html'),
  },
  {
    path: '/',
    summary: "Redirects to the coordinator's web app at /app/",
    rateLimited: false,
    responses: { 302: toWebApp },
    handler(req, res) {
      res.redirect(`${req.baseUrl}/app/`);
    },
  },
  {
    path: '/dashboard',
    summary: "The old dashboard address: redirects to the coordinator's web app at /app/",
    rateLimited: false,
    responses: { 302: toWebApp },
    handler(req, res) {
      res.redirect(`${req.baseUrl}/app/`);
    },
  },
  {
    path: '/vendor/:file',
    summary: 'Browser libraries: survey-core, survey-js-ui, its fontless CSS and nl/fr strings, chart.js',
    rateLimited: false,
    responses: {
      200: { description: 'The file (JavaScript or CSS)', mediaType: ['text/javascript', 'text/css'] },
      404: { description: 'No such file' },
    },
    handler(req, res, next) {
      const file = vendorFiles.get(String(req.params.file));
      if (file === undefined) {
        next();
        return;
      }
      res.sendFile(file, { maxAge: '1d' });
    },
  },
];
