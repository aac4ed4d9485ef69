import express, { type Express } from 'express';

/**
 * Creates the Neighbourly HTTP application without listening, so it can be tested with
 * supertest or mounted inside another Express app.
 */
export function createApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  return app;
}
