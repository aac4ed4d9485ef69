import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  adminKey,
  createAccount,
  expectAccessible,
  expectCalls,
  expectNoSideScroll,
  hasChromium,
  type Lang,
  launchBrowser,
  openPage,
  projectIdOf,
  type RecordedPage,
  screenshot,
  signInWithPassword,
  startAppServer,
  type TestAccount,
  tabTo,
} from './harness';

/*
 * The coordinator's journeys, end to end, on a real server (as `npm start`: fresh SQLite file, demo project
 * seeded) in Debian's Chromium. Every step goes through the interface; the recorded API calls show the app
 * made them. axe-core runs on every page. The administrator's key only creates the project and invites the
 * coordinator; the coordinator then works with their own account (e-mail and password, a cookie session).
 */
describe.skipIf(!hasChromium)(
  'the coordinator’s journeys (needs Debian chromium at /usr/bin/chromium)',
  { timeout: 180_000 },
  () => {
    let app: AppServer;
    let browser: Browser;
    let projectUrl = '';
    let waveUrl = '';
    let demoId = '';
    let coordinator: TestAccount | undefined;
    beforeAll(async () => {
      [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
      demoId = await projectIdOf(app.url, 'Caring neighbourhood De Linde');
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

    it('keyboard only: admin key → New project; the coordinator signs in → Add questionnaire → Open wave', async () => {
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
      const { page } = recorded;
      await page.goto(app.appUrl);
      await heading(page, 'Sign in');
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      await expectAccessible(page, 'sign in');
      await screenshot(page, 'web-sign-in-desktop-en');

      // The administrator opens the API key disclosure by keyboard.
      await tabTo(page, page.getByText('Sign in with an API key'));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByLabel('API key', { exact: true }));
      await page.keyboard.type('nbk_not-a-real-key-000000000000');
      await page.keyboard.press('Enter');
      await page.getByText('This key is not valid or was revoked.').waitFor();
      await page.getByLabel('API key', { exact: true }).fill('');
      await page.getByLabel('API key', { exact: true }).focus();
      await page.keyboard.type(adminKey);
      await page.keyboard.press('Enter');
      await heading(page, 'Projects');
      await expectAccessible(page, 'projects');

      await tabTo(page, page.getByRole('link', { name: 'New project' }));
      await page.keyboard.press('Enter');
      await heading(page, 'New project');
      // Nothing typed: the message is next to the field and nothing is sent.
      recorded.resetCalls();
      await tabTo(page, page.getByRole('button', { name: 'Create project' }));
      await page.keyboard.press('Enter');
      await page.getByText('Give the project a name.').waitFor();
      expect(recorded.calls).not.toContain('POST /api/projects');
      await tabTo(page, page.getByLabel('Name', { exact: true }));
      await page.keyboard.type('Caring Linden Street');
      await tabTo(page, page.getByLabel('Area or neighbourhood'));
      await page.keyboard.type('Linden quarter');
      await expectAccessible(page, 'new project');
      await screenshot(page, 'web-new-project-desktop-en');
      await tabTo(page, page.getByRole('button', { name: 'Create project' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Caring Linden Street');
      expectCalls(recorded, ['POST /api/projects', 'GET /api/projects/:id']);
      projectUrl = page.url();
      await page.getByText('No questionnaire yet.').waitFor();

      // The admin invites the coordinator for this project and the demo project (over HTTP here; the accounts
      // test does it on the People page), who accepts; then the admin signs out.
      const projectId = new URL(projectUrl).pathname.split('/').pop() ?? '';
      coordinator = await createAccount(app.url, {
        email: 'cora@example.org',
        name: 'Cora Janssens',
        grants: [
          { role: 'coordinator', projectId },
          { role: 'coordinator', projectId: demoId },
        ],
      });
      await tabTo(page, page.getByRole('button', { name: /Account/ }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: 'Sign out', exact: true }));
      await page.keyboard.press('Enter');
      await heading(page, 'Sign in');

      // The coordinator signs in with e-mail and password, by keyboard, and opens the project.
      await tabTo(page, page.getByLabel('E-mail address'));
      await page.keyboard.type(coordinator.email);
      await tabTo(page, page.getByLabel('Password', { exact: true }));
      await page.keyboard.type(coordinator.password);
      await page.keyboard.press('Enter');
      await heading(page, 'Projects');
      expectCalls(recorded, ['POST /api/session']);
      expect(await page.getByRole('link', { name: 'New project' }).count()).toBe(0);
      await tabTo(page, page.getByRole('link', { name: 'Caring Linden Street' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Caring Linden Street');
      await page.getByText('No questionnaire yet.').waitFor();
      await expectAccessible(page, 'project overview');

      await tabTo(page, page.getByRole('link', { name: 'Add questionnaire' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Add questionnaire');
      const first = page.getByRole('radio').first();
      await first.waitFor();
      await tabTo(page, first);
      // Choosing a template loads it into the editor.
      recorded.resetCalls();
      // Governance (2 groups), then Process · Volunteers: the third template.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: /Process · Volunteers/ }).isChecked()).toBe(true);
      await expectAccessible(page, 'add questionnaire');
      await page.getByRole('region', { name: 'Preview' }).waitFor();
      expectCalls(recorded, ['GET /api/survey-templates/process-volunteer']);
      await screenshot(page, 'web-add-questionnaire-desktop-en');
      recorded.resetCalls();
      await tabTo(page, page.getByRole('button', { name: 'Add questionnaire' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Questionnaires');
      expectCalls(recorded, ['POST /api/projects/:id/surveys']);
      await page.getByRole('cell', { name: 'Process', exact: true }).waitFor();

      await tabTo(page, page.getByRole('link', { name: 'Waves' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Waves');
      await page.getByText('No waves yet').waitFor();
      await tabTo(page, page.getByRole('link', { name: 'Open wave' }));
      await page.keyboard.press('Enter');
      await heading(page, 'Open wave');
      await expectAccessible(page, 'open wave');
      await tabTo(page, page.getByLabel('Name of the wave'));
      await page.keyboard.type('Baseline 2027');
      await screenshot(page, 'web-open-wave-desktop-en');
      recorded.resetCalls();
      await page.keyboard.press('Enter');
      await heading(page, 'Baseline 2027');
      expectCalls(recorded, ['POST /api/projects/:id/waves']);
      waveUrl = page.url();
      await page.getByRole('heading', { name: 'Create invitations' }).waitFor();
      await expectAccessible(page, 'wave');
      expect(recorded.problems.filter((problem) => !problem.includes('401'))).toEqual([]);
      await recorded.context.close();
    });

    it('invitations: a clear error, links as CSV, an answer on a phone, states, revoke, re-invite, close', async () => {
      expect(waveUrl).not.toBe('');
      const recorded = await signedIn('en-GB');
      const { page } = recorded;
      await page.goto(waveUrl);
      await heading(page, 'Baseline 2027');

      // Links that would expire yesterday: the server's 422, shown next to the field, and nothing created.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('How many new people').fill('3');
      // The questionnaire is the volunteers' one: its indicators count volunteers' answers.
      await page.getByLabel('Respondent group').selectOption('volunteer');
      await page.getByLabel('Links expire').fill(yesterday);
      await page.getByRole('button', { name: 'Create invitations' }).click();
      await page.getByText('Choose a moment in the future.').waitFor();
      expect(await page.getByText('No invitations yet.').count()).toBe(1);
      // That 422 was the point; nothing else may fail.
      expect(recorded.problems.filter((problem) => problem.startsWith('422 POST /api/waves/'))).toHaveLength(
        1,
      );
      recorded.problems.length = 0;

      await page.getByLabel('Links expire').fill('');
      recorded.resetCalls();
      await page.getByRole('button', { name: 'Create invitations' }).click();
      await page.getByText('3 new links created.').waitFor();
      expectCalls(recorded, ['POST /api/waves/:id/invitations', 'GET /api/waves/:id/invitations']);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download links (CSV)' }).click(),
      ]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      const links = [...csv.matchAll(/"(http[^"]+\/s\/[A-Za-z0-9_-]+)"/g)].map((match) => match[1] ?? '');
      expect(links).toHaveLength(3);
      expect(download.suggestedFilename()).toBe('baseline-2027-invitation-links.csv');
      await page.getByRole('row').filter({ hasText: 'Not opened' }).nth(2).waitFor();
      await screenshot(page, 'web-invitations-desktop-en');

      // A resident answers on a phone through the first link.
      const phone = await openPage(browser, { viewport: 'phone', locale: 'nl-BE' });
      await phone.page.goto(links[0] ?? '');
      // The agreement scales are buttons on a phone too (one tap, no drop-down): the first statement, fourth answer.
      const firstStatement = phone.page.locator('.sd-question').first();
      expect(await firstStatement.locator('select, .sd-dropdown').count()).toBe(0);
      await firstStatement.locator('.sd-rating__item').nth(3).click();
      await expect.poll(() => firstStatement.locator('input[type="radio"]:checked').count()).toBe(1);
      await phone.page.locator('textarea').first().fill('Meer ontmoetingen in de buurt, graag.');
      const saved = phone.page.waitForResponse(
        (response) =>
          /\/api\/public\/[^/]+\/responses$/.test(new URL(response.url()).pathname) &&
          response.status() === 201,
      );
      await phone.page.getByRole('button', { name: /Voltooien|Complete|Verzenden/ }).click();
      await saved;
      await screenshot(phone.page, 'web-respondent-thank-you-phone-nl');
      await phone.context.close();

      // The list shows it completed; revoke the second link.
      await page.reload();
      await page.getByRole('row').filter({ hasText: 'Completed' }).waitFor();
      recorded.resetCalls();
      await page
        .getByRole('button', { name: /Revoke the invitation of/ })
        .first()
        .click();
      await page.getByRole('row').filter({ hasText: 'Revoked' }).waitFor();
      expectCalls(recorded, ['DELETE /api/invitations/:id']);
      await page.getByLabel(/^Revoked/).check();
      expect(await page.locator('tbody tr').filter({ hasText: 'Revoked' }).count()).toBe(1);
      await expectAccessible(page, 'invitations');

      // Printable letters: the button asks the server for the PDF of this wave in the chosen language.
      await page.getByLabel('Language of the letters').selectOption('fr');
      const letters = page.waitForResponse((response) => response.url().includes('/invitations/letters.pdf'));
      await page.getByRole('button', { name: 'Download invitation letters (PDF)' }).click();
      const lettersResponse = await letters;
      expect(new URL(lettersResponse.url()).searchParams.get('lang')).toBe('fr');
      // The letters PDF is the respondent side's route; until it exists, its 404 is shown to the user.
      if (!lettersResponse.ok()) await page.locator('.problem').first().waitFor();
      recorded.problems.length = 0;

      // A follow-up wave: invite the baseline's panel members again (the revoked one is not).
      await page.goto(`${projectUrl}/waves/new`);
      await page.getByLabel('Name of the wave').fill('Follow-up 2028');
      await page.getByRole('button', { name: 'Open wave' }).click();
      await heading(page, 'Follow-up 2028');
      recorded.resetCalls();
      await page.getByLabel('Everyone invited to').selectOption({ label: 'Baseline 2027' });
      await page.getByRole('button', { name: 'Invite them again' }).click();
      await page.getByText('2 new links created.').waitFor();
      expectCalls(recorded, ['GET /api/waves/:id/invitations', 'POST /api/waves/:id/invitations']);

      // Close wave, with its confirmation.
      await page.getByRole('button', { name: 'Close wave' }).click();
      await page.getByRole('button', { name: 'Yes, close the wave' }).click();
      await page.getByText('This wave is closed').waitFor();
      expectCalls(recorded, ['POST /api/waves/:id/close']);
      expect(await page.getByRole('button', { name: 'Close wave' }).count()).toBe(0);
      await expectAccessible(page, 'closed wave');
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });

    it('in Dutch (from the browser): the demo project’s results, report and exports', async () => {
      const recorded = await signedIn('nl-BE', 'nl');
      const { page } = recorded;
      await heading(page, 'Projecten');
      await page.getByRole('link', { name: 'Caring neighbourhood De Linde' }).click();
      await page.getByRole('link', { name: 'Resultaten', exact: true }).click();
      await heading(page, 'Resultaten');
      await page.locator('.indicator-card canvas').first().waitFor();
      expect(await page.locator('.indicator-card').count()).toBeGreaterThan(5);
      await page
        .getByText(/95%-BI/)
        .first()
        .waitFor();
      // Statuses in Dutch, a breakdown with Dutch group labels, the theory of change coloured.
      await page.locator('.indicator-card .badge').first().waitFor();
      const statuses = await page.locator('.indicator-card .badge').allTextContents();
      expect(
        statuses.every((status) =>
          /Doel bereikt|Verbetert|Geen duidelijke verandering|Verslechtert|Te weinig gegevens|Niet gemeten|Gemengd/.test(
            status,
          ),
        ),
      ).toBe(true);
      // The parts below the fold load when the reader gets there.
      await page.locator('#breakdown').scrollIntoViewIfNeeded();
      await page.locator('table.breakdown').waitFor();
      const headers = await page.locator('table.breakdown thead th').allTextContents();
      expect(headers.join(' ')).not.toMatch(/_|80-plus/);
      await page.locator('#theory-of-change').scrollIntoViewIfNeeded();
      await page.locator('.toc-diagram svg [data-status]').first().waitFor();
      await page.locator('#open-answers').scrollIntoViewIfNeeded();
      await page.locator('.open-question').first().waitFor();
      expectCalls(recorded, [
        'GET /api/projects/:id/indicators',
        'GET /api/projects/:id/comparison',
        'GET /api/projects/:id/theory-of-change',
        'GET /api/projects/:id/open-answers',
      ]);
      await expectAccessible(page, 'results (nl)');
      await screenshot(page, 'web-results-desktop-nl');
      await screenshot(page, 'web-results-top-desktop-nl', false);

      const [report] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Rapport downloaden' }).click(),
      ]);
      expect(report.suggestedFilename()).toMatch(/-impact-report-nl\.pdf$/);
      expect(
        readFileSync((await report.path()) ?? '')
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      for (const [name, pattern] of [
        ['CSV, één rij per antwoordenlijst', /responses-wide\.csv$/],
        ['CSV, één rij per antwoord', /responses-long\.csv$/],
        ['NDJSON', /\.ndjson$/],
      ] as const) {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name, exact: true }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(pattern);
      }

      // The same page in French: charts, statuses and labels follow the switch.
      await page.getByRole('button', { name: 'Français' }).click();
      await heading(page, 'Résultats');
      await page
        .getByText(/IC à 95 %/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Télécharger le rapport' }).waitFor();
      await screenshot(page, 'web-results-desktop-fr');
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });

    it('on a 390×844 phone in French: a new project’s empty results, and People for a coordinator', async () => {
      const recorded = await signedIn('fr-BE', 'fr', 'phone');
      const { page } = recorded;
      await heading(page, 'Projets');
      await expectNoSideScroll(page, 'projects on a phone');
      await page.goto(`${projectUrl}/results`);
      await heading(page, 'Résultats');
      // Baseline: one answer, so every indicator is hidden for privacy; the follow-up has none.
      await page
        .getByText(/trop peu de répondants pour afficher/)
        .first()
        .waitFor();
      await expectNoSideScroll(page, 'results on a phone');
      await expectAccessible(page, 'results (fr, phone)');
      await screenshot(page, 'web-results-phone-fr');

      // People is for the project's administrators: not in a coordinator's menu, and its address explains.
      await page.goto(projectUrl);
      await heading(page, 'Caring Linden Street');
      expect(await page.getByRole('link', { name: 'Personnes', exact: true }).count()).toBe(0);
      await page.goto(`${projectUrl}/people`);
      await heading(page, 'Personnes');
      await page.getByText('Les personnes sont gérées par les administrateurs du projet').waitFor();
      await expectAccessible(page, 'people for a coordinator (fr, phone)');
      await screenshot(page, 'web-people-coordinator-phone-fr');

      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.goto(projectUrl);
      await heading(page, 'Caring Linden Street');
      await expectNoSideScroll(page, 'project on a phone');
      await screenshot(page, 'web-project-phone-nl');
      await page.goto(`${projectUrl}/results`);
      await heading(page, 'Resultaten');
      await page
        .getByText(/te weinig respondenten om te tonen/)
        .first()
        .waitFor();
      await screenshot(page, 'web-results-phone-nl');
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });

    async function signedIn(
      locale: string,
      lang: Lang = 'en',
      viewport: 'desktop' | 'phone' = 'desktop',
    ): Promise<RecordedPage> {
      if (coordinator === undefined) throw new Error('the first journey invites the coordinator');
      const recorded = await openPage(browser, { viewport, locale });
      await signInWithPassword(recorded.page, app.appUrl, coordinator, lang);
      await heading(recorded.page, { en: 'Projects', nl: 'Projecten', fr: 'Projets' }[lang]);
      return recorded;
    }
  },
);
