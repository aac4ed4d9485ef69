/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './fixtures.js';
import { createOutcomesProject } from './outcomes-project.js';

const chromiumPath = '/usr/bin/chromium';
const outputDir = join(import.meta.dirname, '..', 'test-output');

const words = {
  nl: {
    page: (n: number) => `Pagina ${n} van 6`,
    next: 'Volgende',
    who5Option: 'Het grootste deel van de tijd',
    required: /welzijnsscore heeft alle vijf/,
    firstPage: 'Hoe het met u gaat',
    secondPage: 'Uw buurt',
    thanks: 'Dank u wel!',
    used: 'U hebt al geantwoord',
    invalid: 'Deze link werkt niet',
    closed: 'Deze bevraging is afgesloten',
    nextPerson: 'Begin voor de volgende persoon',
  },
  fr: {
    page: (n: number) => `Page ${n} sur 6`,
    next: 'Suivant',
    who5Option: 'La plupart du temps',
    required: /score de bien-être a besoin des cinq/,
    firstPage: 'Comment vous allez',
    secondPage: 'Votre quartier',
    thanks: 'Merci !',
    used: 'Vous avez déjà répondu',
    invalid: 'Ce lien ne fonctionne pas',
    closed: 'Ce questionnaire est clôturé',
    nextPerson: 'Commencer pour la personne suivante',
  },
} as const;

/** axe-core on the page as it is: no serious or critical violation may remain. */
async function expectAccessible(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${state}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious).toEqual([]);
}

/** Nothing wider than the viewport: no sideways scrolling, however large the text. */
async function expectNoHorizontalScroll(page: Page, state: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, state).toBeLessThanOrEqual(0);
}

describe.skipIf(!existsSync(chromiumPath))('the respondent page on a phone (Debian chromium)', () => {
  let server: TestServer;
  let http: Server;
  let base: string;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof createOutcomesProject>>;

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    server = await createTestServer();
    ids = await createOutcomesProject(server);
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

  const phone = (locale: string) =>
    browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      locale,
      hasTouch: true,
    });

  /** Answers the five WHO-5 items with one tap each, and the 0-10 life satisfaction with one more. */
  async function answerFirstPage(page: Page, lang: 'nl' | 'fr') {
    for (const item of ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5']) {
      const question = page.locator(`[data-name="${item}"]`);
      await question.getByText(words[lang].who5Option, { exact: true }).tap();
      await expect.poll(() => question.locator('input[type="radio"]:checked').count()).toBe(1);
    }
    const satisfaction = page.locator('[data-name="life_satisfaction"]');
    // Every point of the 0-10 scale is a visible button with its end labels, not a "Tap to rate" dropdown.
    expect(await satisfaction.locator('.sd-rating__item').count()).toBe(11);
    expect(
      await satisfaction
        .locator('.sd-rating__item')
        .evaluateAll((items) => items.every((item) => (item as HTMLElement).offsetWidth > 40)),
    ).toBe(true);
    expect(await satisfaction.locator('select, .sd-dropdown').count()).toBe(0);
    await satisfaction.locator('.sd-rating__item', { hasText: /^8$/ }).tap();
    const feelSafe = page.locator('[data-name="feel_safe"]');
    await expect.poll(() => feelSafe.locator('.sd-rating__min-text').isVisible()).toBe(true);
    await feelSafe.locator('.sd-rating__item', { hasText: /^4$/ }).tap();
    await expect.poll(() => feelSafe.locator('input[type="radio"]:checked').count()).toBe(1);
  }

  it.each(['nl', 'fr'] as const)(
    'in %s: progress, WHO-5 required with a kind message, one tap per answer, focus on each new page, axe clean',
    async (lang) => {
      const [invitation] = await server.invite(ids.waveId, 1);
      const context = await phone(lang === 'nl' ? 'nl-BE' : 'fr-BE');
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}/s/${invitation!.token}?lang=${lang}`);
      await page.getByText(words[lang].firstPage).first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.locator('#progress').textContent()).toBe(words[lang].page(1));
      expect(await page.locator('#progress').isVisible()).toBe(true);
      await page.screenshot({ path: join(outputDir, `respondent-phone-${lang}-start.png`), fullPage: true });
      await expectAccessible(page, 'start');
      await expectNoHorizontalScroll(page, 'start');

      // Next on an empty first page: WHO-5 is required, and says why, kindly; the page stays.
      await page.getByRole('button', { name: words[lang].next }).tap();
      await expect.poll(() => page.getByText(words[lang].required).count()).toBe(5);
      expect(await page.locator('#progress').textContent()).toBe(words[lang].page(1));
      await page.screenshot({
        path: join(outputDir, `respondent-phone-${lang}-required.png`),
        fullPage: true,
      });
      if (lang === 'nl') await expectAccessible(page, 'errors');

      await answerFirstPage(page, lang);
      await page.getByRole('button', { name: words[lang].next }).tap();
      await expect.poll(() => page.locator('#progress').textContent()).toBe(words[lang].page(2));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe(words[lang].secondPage);
      await page.screenshot({ path: join(outputDir, `respondent-phone-${lang}-page-2.png`) });
      await expectAccessible(page, 'page 2');

      // The rest is optional: on to the end.
      for (let pageNumber = 3; pageNumber <= 6; pageNumber += 1) {
        await page.getByRole('button', { name: words[lang].next }).tap();
        await expect.poll(() => page.locator('#progress').textContent()).toBe(words[lang].page(pageNumber));
      }
      // The states of the page look the same in both languages: axe checks the rest once, in Dutch.
      if (lang === 'nl') await expectAccessible(page, 'last page');
      await page.locator('.sd-navigation__complete-btn').tap();
      await page.getByRole('heading', { name: words[lang].thanks }).waitFor();
      await page.screenshot({ path: join(outputDir, `respondent-phone-${lang}-thanks.png`) });
      await expectAccessible(page, 'thank-you');
      const [response] = await server.store.responses.list({
        projectId: ids.projectId,
        waveId: ids.waveId,
        respondentId: invitation!.respondentId,
      });
      expect(response).toMatchObject({ status: 'complete', mode: 'online', language: lang });
      expect(response?.answers).toMatchObject({ who5_1: 4, who5_5: 4, life_satisfaction: 8, feel_safe: 4 });

      // The used link says so, in the same language.
      await page.goto(`${base}/s/${invitation!.token}?lang=${lang}`);
      await page.getByRole('heading', { name: words[lang].used }).waitFor();
      if (lang === 'nl') await expectAccessible(page, 'used link');
      await page.goto(`${base}/s/${'z'.repeat(43)}?lang=${lang}`);
      await page.getByRole('heading', { name: words[lang].invalid }).waitFor();
      if (lang === 'nl') await expectAccessible(page, 'bad link');
      expect(errors).toEqual([]);
      await context.close();
    },
    180_000,
  );

  it('a closed wave and a wrong printed code say so; text at 200% never scrolls sideways', async () => {
    const fresh = await createOutcomesProject(server, 'closed-and-zoom');
    const [invitation] = await server.invite(fresh.waveId, 1);
    await request(server.app).post(`/api/waves/${fresh.openWaveId}/close`).set(server.auth()).expect(200);
    const context = await phone('nl-BE');
    const page = await context.newPage();
    await page.goto(`${base}/o/${fresh.openWaveId}`);
    await page.getByRole('heading', { name: words.nl.closed }).waitFor();
    await expectAccessible(page, 'closed wave');

    // The page where a printed code is typed: a wrong code is explained next to the field.
    await page.goto(`${base}/c?lang=fr`);
    await page.getByRole('heading', { name: 'Répondre avec votre code' }).waitFor();
    await page.getByLabel('Votre code').fill('K7PMQ-2XD9');
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).tap();
    await page.getByText('Un code compte 10 lettres et chiffres').waitFor();
    await expectAccessible(page, 'code page');

    await page.goto(`${base}/s/${invitation!.token}`);
    await page.getByText(words.nl.firstPage).first().waitFor();
    // Text zoom to 200%, as a phone's large-text setting does: every page reflows to the width.
    await page.addStyleTag({
      content: 'html { font-size: 200% !important; } .sd-root-modern { --sjs-font-size: 32px; }',
    });
    await expectNoHorizontalScroll(page, '200% page 1');
    await page.screenshot({ path: join(outputDir, 'respondent-phone-nl-200pct.png') });
    await answerFirstPage(page, 'nl');
    for (let pageNumber = 2; pageNumber <= 6; pageNumber += 1) {
      await page.getByRole('button', { name: words.nl.next }).click();
      await expect.poll(() => page.locator('#progress').textContent()).toBe(words.nl.page(pageNumber));
      await expectNoHorizontalScroll(page, `200% page ${pageNumber}`);
    }
    await context.close();
  }, 180_000);

  it('a kiosk tablet starts afresh for the next person, with no way back to the answers before', async () => {
    const context = await browser.newContext({
      viewport: { width: 820, height: 1180 },
      locale: 'fr-BE',
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${base}/k/${ids.openWaveId}?lang=fr`);
    await page.getByText(words.fr.firstPage).first().waitFor();
    const historyLength = await page.evaluate(() => history.length);
    await answerFirstPage(page, 'fr');
    for (let pageNumber = 2; pageNumber <= 6; pageNumber += 1) {
      await page.getByRole('button', { name: words.fr.next }).click();
      await expect.poll(() => page.locator('#progress').textContent()).toBe(words.fr.page(pageNumber));
    }
    await page.locator('.sd-navigation__complete-btn').click();
    await page.getByRole('button', { name: words.fr.nextPerson }).click();
    await page.getByText(words.fr.firstPage).first().waitFor();
    await expect.poll(() => page.locator('#progress').textContent()).toBe(words.fr.page(1));
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const kiosk = await server.store.responses.list({ projectId: ids.projectId, waveId: ids.openWaveId });
    expect(kiosk.map((response) => [response.mode, response.language])).toEqual([['online', 'fr']]);
    await context.close();
  }, 180_000);
});
