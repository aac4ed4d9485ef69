import type { Request } from 'express';

/** The address respondents open: the configured public URL, or the address this request came to. */
export function publicBase(req: Request, configured: string | undefined): string {
  const origin = configured ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${origin}${req.baseUrl}`;
}
