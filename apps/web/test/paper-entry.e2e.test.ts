import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  adminKey,
  expectAccessible,
  expectCalls,
  expectNoSideScroll,
  hasChromium,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  startAppServer,
} from './harness';

/** Sets up what this journey starts from and reads what the UI stored (never a step of the journey itself). */
async function api<T>(app: AppServer, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${app.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
  });
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** Ticks the scale point `value` of a SurveyJS rating question (the label around its radio input). */
async function rate(page: Page, question: string, value: number): Promise<void> {
  await page
    .locator(`[data-name="${question}"] .sd-rating__item`)
    .filter({ hasText: new RegExp(`^\\s*${value}\\s*$`) })
    .first()
    .click();
}

describe.skipIf(!hasChromium)(
  'Paper questionnaires and interviews typed in by staff (needs Debian chromium)',
  () => {
    let app: AppServer;
    let browser: Browser;
    let projectId: string;
    let waveId: string;
    let token: string;
    let invitationId: string;

    beforeAll(async () => {
      [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
      const project = await api<{ id: string }>(
        app,
        '/api/projects',
        post({ name: 'Zorgzaam Zuid', slug: 'zorgzaam-zuid', languages: ['nl', 'fr'] }),
      );
      projectId = project.id;
      const template = await api<{ definition: Record<string, unknown> }>(
        app,
        '/api/survey-templates/outcomes-resident',
      );
      const survey = await api<{ id: string }>(
        app,
        `/api/projects/${projectId}/surveys`,
        post({ title: 'Buurtbevraging', round: 'outcomes', definition: template.definition }),
      );
      const wave = await api<{ id: string }>(
        app,
        `/api/projects/${projectId}/waves`,
        post({ surveyId: survey.id, label: 'Nulmeting 2027' }),
      );
      waveId = wave.id;
      const [invitation] = await api<{ token: string; invitationId: string }[]>(
        app,
        `/api/waves/${waveId}/invitations`,
        post({ count: 2 }),
      );
      token = invitation!.token;
      invitationId = invitation!.invitationId;
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it('in Dutch: prints the questionnaire, types in a paper form by its code and an interview, both stored with their mode', {
      timeout: 240_000,
    }, async () => {
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'nl-BE' });
      const { page } = recorded;
      page.setDefaultTimeout(15_000);
      await signIn(page, app.appUrl, 'nl');
      await page.getByRole('heading', { name: 'Projecten' }).waitFor();
      await page.goto(`${app.appUrl}projects/${projectId}/waves/${waveId}`);
      await page.getByRole('heading', { name: 'Papieren vragenlijsten en interviews' }).waitFor();

      // The printed questionnaire, in the chosen language.
      await page.getByLabel('Taal van de vragenlijst').selectOption('fr');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Vragenlijst downloaden (pdf)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = readFileSync((await download.path()) ?? '');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      await page.getByRole('link', { name: 'Papieren vragenlijsten invoeren' }).click();
      await page.getByRole('heading', { name: 'Vragenlijsten invoeren: Nulmeting 2027' }).waitFor();
      await page.locator('[data-name="life_satisfaction"]').waitFor();
      await expectAccessible(page, 'paper entry (nl)');
      await screenshot(page, 'paper-entry-desktop-nl');
      await screenshot(page, 'paper-entry-desktop-nl-top', false);

      // A code that is not one of this wave's: said next to the code field, the answers kept.
      recorded.resetCalls();
      await rate(page, 'life_satisfaction', 8);
      const code = page.getByLabel('Code op de brief of vragenlijst');
      await code.fill('K7PMQ-2XD9F');
      await page.getByRole('button', { name: 'Vragenlijst bewaren' }).click();
      await page.getByText('no invitation of this wave has this code').waitFor();
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);

      // The right code (the token of the invitation's link works as its code); the WHO-5 items left blank on paper.
      await code.fill(token);
      await rate(page, 'feel_safe', 4);
      await page.keyboard.press('Control+Enter');
      await page.getByText(/Bewaard en gekoppeld aan de code\. 1 vragenlijst ingevoerd/).waitFor();
      expectCalls(recorded, ['POST /api/waves/:id/responses']);
      // The form is empty for the next questionnaire, the focus back on the code.
      expect(await code.inputValue()).toBe('');
      await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);
      const checked = await page.locator('[data-name="life_satisfaction"] input:checked').count();
      expect(checked).toBe(0);

      // An interview, anonymous.
      await page.getByRole('radio', { name: 'Interview' }).check();
      await rate(page, 'life_satisfaction', 6);
      await page.getByRole('button', { name: 'Vragenlijst bewaren' }).click();
      await page.getByText(/Bewaard als anonieme vragenlijst\. 2 vragenlijsten ingevoerd/).waitFor();

      // What the server stored: the two responses with their modes, the invitation completed.
      const csv = await api<string>(app, `/api/projects/${projectId}/responses.csv`);
      const [header, ...rows] = csv.trimEnd().split('\r\n');
      const columns = header!.split(',');
      const mode = columns.indexOf('mode');
      const life = columns.indexOf('life_satisfaction');
      const entered = rows.map((line) => line.split(',')).map((cells) => [cells[mode], cells[life]]);
      expect(entered.sort()).toEqual([
        ['interview', '6'],
        ['paper', '8'],
      ]);
      // …and in the indicators, which compare the modes (each group of one is hidden, but it is there).
      const indicators = await api<{ cells: { group: { mode?: string } }[] }>(
        app,
        `/api/projects/${projectId}/indicators?groupBy=mode`,
      );
      const modes = new Set(indicators.cells.map((cell) => cell.group.mode));
      expect(modes).toEqual(new Set([undefined, 'paper', 'interview']));
      const invitations = await api<{ invitationId: string; state: string }[]>(
        app,
        `/api/waves/${waveId}/invitations`,
      );
      expect(invitations.find((item) => item.invitationId === invitationId)?.state).toBe('completed');
      // The wrong code's 422 is the only failed request (as a response and as Chromium's console line).
      expect(recorded.problems.filter((problem) => !/\b422\b/.test(problem))).toEqual([]);
    });

    it('in French on a phone: the entry form fits the screen and passes axe', {
      timeout: 120_000,
    }, async () => {
      const recorded = await openPage(browser, { viewport: 'phone', locale: 'fr-BE' });
      const { page } = recorded;
      page.setDefaultTimeout(15_000);
      await signIn(page, app.appUrl, 'fr');
      await page.getByRole('heading', { name: 'Projets' }).waitFor();
      await page.goto(`${app.appUrl}projects/${projectId}/waves/${waveId}`);
      await page.getByRole('heading', { name: 'Questionnaires papier et entretiens' }).waitFor();
      await screenshot(page, 'wave-paper-section-phone-fr');
      await page.getByRole('link', { name: 'Saisir des questionnaires papier' }).click();
      await page.getByRole('heading', { name: 'Saisir des questionnaires : Nulmeting 2027' }).waitFor();
      await page.locator('[data-name="life_satisfaction"]').waitFor();
      await expectNoSideScroll(page, 'paper entry on a phone');
      await expectAccessible(page, 'paper entry (fr, phone)');
      await screenshot(page, 'paper-entry-phone-fr');
      await screenshot(page, 'paper-entry-phone-fr-top', false);
      // The questions are in the interface's language when the project has it.
      await page.getByText('Je me sens en sécurité dans mon quartier').waitFor();
      expect(recorded.problems).toEqual([]);
    });
  },
);
