import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs a header-only middleware (such as helmet with static options) **once** and returns a middleware that
 * applies the headers it set and removes the ones it removed, on every response. Helmet otherwise rebuilds
 * the Content-Security-Policy string and walks eleven middlewares per request. Only for middlewares whose
 * headers do not depend on the request: a per-request nonce, for one, needs the middleware itself.
 */
export function precomputeHeaders(middleware: RequestHandler): RequestHandler {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  let calledNext = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  void middleware(
    { headers: {}, method: 'GET', url: '/' } as Request,
    recorder as unknown as Response,
    (error?: unknown) => {
      if (error !== undefined) throw error;
      calledNext = true;
    },
  );
  if (!calledNext) throw new Error('precomputeHeaders: the middleware did not finish synchronously');
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
