/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKey, createTestServer, type TestServer } from './fixtures.js';

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

    it('a respondent answers on a phone, and the coordinator sees the response counted and a chart drawn', async () => {
      const [invitation, other] = await server.invite(waveId, 2);
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

      // A second respondent answers too, so the indicator (published from 2 respondents) has a value to chart.
      const second = await fetch(`${base}/api/public/${other!.token}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers: { knows_neighbour: 2, age_band: '18-64' } }),
      });
      expect(second.status).toBe(201);

      const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      const dashboard = await desk.newPage();
      const dashboardProblems: string[] = [];
      dashboard.on('console', (message) => {
        if (message.type() === 'error') dashboardProblems.push(message.text());
      });
      dashboard.on('pageerror', (error) => dashboardProblems.push(error.message));
      await dashboard.goto(`${base}/`);
      await dashboard.getByLabel('API key').fill(adminKey);
      await dashboard.getByRole('button', { name: 'Log in' }).click();
      const row = dashboard.locator('#waves tbody tr').first();
      await row.locator('td').nth(4).filter({ hasText: '2' }).waitFor();
      expect((await row.locator('td').allTextContents()).slice(0, 6)).toEqual([
        'open',
        'invitation',
        '2',
        '0',
        '2',
        '100%',
      ]);
      const chart = dashboard.locator('#charts canvas').first();
      await chart.waitFor();
      await expect.poll(() => chart.evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(0);
      // A bar was painted: some pixels of the canvas are the bar colour.
      const painted = () =>
        chart.evaluate((canvas: HTMLCanvasElement) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let count = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i] === 0x5b && data[i + 1] === 0x8f && data[i + 2] === 0xd1) count += 1;
          }
          return count;
        });
      await expect.poll(painted).toBeGreaterThan(100);
      await dashboard.locator('#toc svg').waitFor();
      expect(await dashboard.locator('#toc [data-status]').count()).toBeGreaterThan(0);
      // The breakdown by the background question: one person per age band is too few, so it says so (no n).
      await dashboard.locator('#breakdown figure').first().waitFor();
      expect(await dashboard.locator('#breakdown details p').first().textContent()).toContain(
        'not shown (too few respondents)',
      );
      await dashboard.screenshot({ path: join(outputDir, 'dashboard.png'), fullPage: true });
      expect(await dashboard.evaluate(() => sessionStorage.getItem('neighbourly:api-key'))).toBe(adminKey);
      expect(await dashboard.evaluate(() => localStorage.length)).toBe(0);
      expect(dashboardProblems).toEqual([]);
      await desk.close();
    }, 60_000);
  },
);
