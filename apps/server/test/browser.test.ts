/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';

const chromiumPath = '/usr/bin/chromium';
const outputDir = join(import.meta.dirname, '..', 'test-output');

describe.skipIf(!existsSync(chromiumPath))(
  'in a real browser (needs Debian chromium at /usr/bin/chromium)',
  () => {
    let server: TestServer;
    let http: Server;
    let base: string;
    let browser: Browser;
    let projectId: string;
    let waveId: string;

    beforeAll(async () => {
      mkdirSync(outputDir, { recursive: true });
      server = await createTestServer();
      projectId = (await server.createProject()).id;
      const surveyId = (await server.createSurvey(projectId)).id;
      waveId = (await server.createWave(projectId, surveyId)).id;
      http = await new Promise<Server>((resolve) => {
        const listening = server.app.listen(0, '127.0.0.1', () => resolve(listening));
      });
      base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => http?.close(resolve));
      await server?.close();
    });

    it('a respondent answers on a phone', async () => {
      const [invitation] = await server.invite(waveId, 1);
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        locale: 'en-GB',
        hasTouch: true,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));

      await page.goto(`${base}/s/${invitation!.token}`);
      await page.getByText('I know a neighbour I could ask for help').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.screenshot({ path: join(outputDir, 'respondent-survey.png'), fullPage: true });

      // Progress is saved while answering: the background question first.
      await page.getByText('65+', { exact: true }).click();
      await page.getByText('Your answers so far are saved').waitFor();
      const saved = await server.store.responses.list({ projectId, waveId, status: 'partial' });
      expect(saved[0]?.answers).toEqual({ age_band: '65+' });

      await page
        .getByRole('radio', { name: '4' })
        .or(page.locator('.sd-rating__item', { hasText: '4' }))
        .first()
        .click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      await page.screenshot({ path: join(outputDir, 'respondent-thank-you.png'), fullPage: true });
      const complete = await server.store.responses.list({ projectId, waveId, status: 'complete' });
      expect(complete).toHaveLength(1);
      expect(complete[0]?.answers).toMatchObject({ knows_neighbour: 4, age_band: '65+' });

      // The same link again: a clear message instead of the survey.
      await page.goto(`${base}/s/${invitation!.token}`);
      await page.getByRole('heading', { name: 'You already answered' }).waitFor();
      await page.goto(`${base}/s/${'z'.repeat(43)}?lang=nl`);
      await page.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
      await page.screenshot({ path: join(outputDir, 'respondent-invalid-link.png'), fullPage: true });
      // The used and the invalid link answer 409 and 404 by design; nothing else may fail.
      expect(problems.filter((text) => !/status of (404|409)/.test(text))).toEqual([]);
      expect(problems).toHaveLength(2);
      await context.close();

      // The coordinator's side is the web app's (apps/web) end-to-end suite.
    }, 60_000);
  },
);
