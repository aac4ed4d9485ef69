import type { Request } from 'express';

/** The address links in invitations and e-mails start with: the configured public URL, or the request's origin. */
export function publicBase(req: Request, configured: string | undefined): string {
  const origin = configured ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${origin}${req.baseUrl}`;
}
