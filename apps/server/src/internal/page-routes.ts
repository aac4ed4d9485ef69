import type { NextFunction, Request, Response } from 'express';
import { serveHashedAsset } from './hashed-assets.js';
import { type RespondentPageKind, sendRespondentPage } from './respondent-page.js';
import type { RouteResponse, Services } from './route.js';
import { vendorFiles } from './static-paths.js';

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
  handler(req: Request, res: Response, next: NextFunction, services: Services): void;
}

const html = { description: 'The page', mediaType: 'text/html' };
/** What a respondent page answers: the survey, or the page telling the resident why the link does not work. */
const respondentPageResponses = (link: 'invitation' | 'wave'): PageRoute['responses'] => ({
  200: html,
  404: {
    description: `The page saying the ${link === 'invitation' ? 'link is not valid' : 'wave is not open to anyone'}`,
    mediaType: 'text/html',
  },
  409: {
    description:
      link === 'invitation'
        ? 'The page saying the survey was already completed with this link, or is not open yet'
        : 'The page saying the survey is not open yet',
    mediaType: 'text/html',
  },
  410: {
    description:
      link === 'invitation'
        ? 'The page saying the link was withdrawn or expired, or the survey is closed'
        : 'The page saying the survey is closed',
    mediaType: 'text/html',
  },
  500: { description: 'The page saying something went wrong (the error is logged)', mediaType: 'text/html' },
  503: {
    description: 'The page saying the survey cannot be reached now (the database is not available)',
    mediaType: 'text/html',
  },
});
const toWebApp = {
  description: "To the coordinator's web app",
  mediaType: ['text/plain', 'text/html'],
  headers: { Location: { description: 'The web app, relative to the mount path', required: true } },
};

/** A respondent page, with its survey (or the reason the link does not work) inlined. */
function respondentPage(kind: RespondentPageKind, param?: string): PageRoute['handler'] {
  return (req, res, next, services) => {
    const id = param === undefined ? undefined : String(req.params[param]);
    sendRespondentPage(req, res, services, kind, id).catch(next);
  };
}

/** Pages: server-rendered HTML with its data inlined; links inside are relative to the page. */
export const pageRoutes: readonly PageRoute[] = [
  {
    path: '/s/:token',
    summary: 'The respondent page of an invitation link, its survey and saved progress inlined',
    rateLimited: true,
    responses: respondentPageResponses('invitation'),
    handler: respondentPage('invitation', 'token'),
  },
  {
    path: '/o/:waveId',
    summary: 'The respondent page of a wave open to anyone with its link',
    rateLimited: true,
    responses: respondentPageResponses('wave'),
    handler: respondentPage('open', 'waveId'),
  },
  {
    path: '/k/:waveId',
    summary: 'The kiosk page of an open wave: a shared tablet that starts afresh after each response',
    rateLimited: true,
    responses: respondentPageResponses('wave'),
    handler: respondentPage('kiosk', 'waveId'),
  },
  {
    path: '/c',
    summary: 'The page where a resident types the code printed on an invitation letter',
    rateLimited: true,
    responses: { 200: html },
    handler: respondentPage('code'),
  },
  {
    path: '/static/:asset',
    summary: 'The respondent page files under content-hashed names, cached for a year and served compressed',
    rateLimited: false,
    responses: {
      200: { description: 'The file (JavaScript or CSS)', mediaType: ['text/javascript', 'text/css'] },
      304: { description: 'Not modified (the ETag matched)' },
      404: { description: 'No such file' },
    },
    handler(req, res, next) {
      serveHashedAsset(req, res, next).catch(next);
    },
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
