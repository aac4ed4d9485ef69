import { createHash, timingSafeEqual } from 'node:crypto';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import type { Request, Response } from 'express';

/** The name of the browser session cookie. */
export const sessionCookieName = 'neighbourly_session';
/** The header a cookie-authenticated write must carry, with the session's CSRF token. */
export const csrfHeaderName = 'X-CSRF-Token';
/** How long a browser session lasts after sign-in. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

const secretPattern = /^[A-Za-z0-9_-]{20,128}$/;

/** The session secret of the request's cookie, if it has a well-formed one. */
export function sessionSecretOf(req: Request): string | undefined {
  const header = req.get('cookie');
  if (header === undefined) return undefined;
  const value = parseCookie(header)[sessionCookieName];
  return value !== undefined && secretPattern.test(value) ? value : undefined;
}

/**
 * The CSRF token of a session: derived from the cookie's secret, which a cross-site page cannot read, so it
 * needs no storage. The web app reads it from the sign-in answer or `GET /api/me` and sends it in
 * `X-CSRF-Token` with every write.
 */
export function csrfTokenOf(sessionSecret: string): string {
  return createHash('sha256').update(`neighbourly-csrf:${sessionSecret}`).digest('base64url');
}

/** Whether the request carries the CSRF token of its session (compared in constant time). */
export function hasCsrfToken(req: Request, sessionSecret: string): boolean {
  const sent = Buffer.from(req.get(csrfHeaderName) ?? '');
  const expected = Buffer.from(csrfTokenOf(sessionSecret));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

function cookieOptions(req: Request, publicUrl: string | undefined) {
  return {
    httpOnly: true,
    secure: req.secure || (publicUrl?.startsWith('https:') ?? false),
    sameSite: 'lax' as const,
    path: '/',
  };
}

/** Sets the session cookie (a new secret at every sign-in, so a planted cookie is never promoted). */
export function setSessionCookie(
  req: Request,
  res: Response,
  secret: string,
  publicUrl: string | undefined,
): void {
  res.append(
    'Set-Cookie',
    serializeCookie(sessionCookieName, secret, {
      ...cookieOptions(req, publicUrl),
      maxAge: Math.floor(sessionLifetimeMs / 1000),
    }),
  );
}

/** Clears the session cookie. */
export function clearSessionCookie(req: Request, res: Response, publicUrl: string | undefined): void {
  res.append(
    'Set-Cookie',
    serializeCookie(sessionCookieName, '', {
      ...cookieOptions(req, publicUrl),
      maxAge: 0,
      expires: new Date(0),
    }),
  );
}
