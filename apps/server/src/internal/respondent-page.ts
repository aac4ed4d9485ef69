import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageSchema } from '@neighbourly/core';
import type { Request, Response } from 'express';
import type { HttpProblem } from '../http-problem.js';
import { hashedName } from './hashed-assets.js';
import { serializeRequest } from './log-redaction.js';
import {
  chooseLanguage,
  type RespondentTarget,
  resolveInvitation,
  resolveOpenWave,
} from './respondent-access.js';
import type { Services } from './route.js';
import { assetsDir } from './static-paths.js';
import { savedProgress, surveyView } from './survey-view.js';
import { toHttpProblem } from './to-http-problem.js';

/** The kinds of respondent page: an invitation link, an open wave, a shared kiosk tablet, or typing a printed code. */
export type RespondentPageKind = 'invitation' | 'open' | 'kiosk' | 'code';

const template = readFileSync(join(assetsDir, 'respondent.html'), 'utf8');
const pageLanguages = ['nl', 'fr', 'en'] as const;

/** JSON inside `<script type="application/json">`: `<` escaped so no `</script>` can close it early. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The language of a page that has no project (a bad link, the code page): `?lang=`, else the browser's. */
function pageLanguage(req: Request): (typeof pageLanguages)[number] {
  const requested = LanguageSchema.safeParse(req.query.lang);
  if (requested.success) return requested.data;
  const accepted = req.acceptsLanguages(...pageLanguages);
  return typeof accepted === 'string' ? (accepted as (typeof pageLanguages)[number]) : 'en';
}

function resolveTarget(services: Services, kind: RespondentPageKind, id: string): Promise<RespondentTarget> {
  return kind === 'invitation' ? resolveInvitation(services, id) : resolveOpenWave(services, id);
}

/**
 * Renders the respondent page with everything it needs inlined — the survey definition in the chosen
 * language, saved progress, or the reason a link does not work — so the browser makes no API round trip
 * before the first question, and links only the scripts it needs: no survey scripts on a message page, and
 * only the respondent's own locale.
 */
export async function sendRespondentPage(
  req: Request,
  res: Response,
  services: Services,
  kind: RespondentPageKind,
  id?: string,
): Promise<void> {
  const base = req.baseUrl;
  const asset = (logical: string) => `${base}/static/${hashedName(logical)}`;
  const head = [
    `<link rel="stylesheet" href="${asset('common.css')}" />`,
    `<link rel="stylesheet" href="${asset('respondent.css')}" />`,
  ];
  let data: Record<string, unknown>;
  let status = 200;
  let lang: string = pageLanguage(req);
  if (kind === 'code' || id === undefined) {
    data = { kind, base };
  } else {
    try {
      const target = await resolveTarget(services, kind, id);
      const requested = LanguageSchema.safeParse(req.query.lang);
      lang = chooseLanguage(req, target.project, requested.success ? requested.data : undefined);
      const answers = kind === 'invitation' ? await savedProgress(services, target) : undefined;
      data = { kind, base, id, survey: surveyView(target, lang, answers) };
      head.unshift(`<link rel="stylesheet" href="${asset('survey-core.fontless.min.css')}" />`);
      head.push(`<script src="${asset('survey.core.min.js')}" defer></script>`);
      if (lang !== 'en') head.push(`<script src="${asset(`survey-i18n-${lang}.min.js`)}" defer></script>`);
      head.push(`<script src="${asset('survey-js-ui.min.js')}" defer></script>`);
    } catch (error) {
      const problem: HttpProblem = toHttpProblem(error);
      if (problem.status >= 500) {
        // The database is down or broken: the resident gets the page saying so in their language, not JSON.
        services.logger.error({ err: error, req: serializeRequest(req) }, 'respondent page failed');
        status = problem.status;
        data = { kind, base, problem: { status, reason: 'error' } };
      } else {
        // A malformed id is a link that does not work, like an unknown one.
        status = problem.reason === undefined ? 404 : problem.status;
        data = { kind, base, problem: { status, reason: problem.reason ?? 'invalid' } };
      }
    }
  }
  head.push(`<script type="module" src="${asset('respondent.js')}"></script>`);
  const html = template
    .replace('<html lang="en">', `<html lang="${escapeAttribute(lang)}">`)
    .replace('<!--neighbourly:head-->', head.join('\n    '))
    .replace(
      '<!--neighbourly:data-->',
      `<script type="application/json" id="page-data">${inlineJson(data)}</script>`,
    );
  res.status(status).setHeader('Cache-Control', 'no-store').type('html').send(html);
}
