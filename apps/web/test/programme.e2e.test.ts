import { readFileSync } from 'node:fs';
import type { ProgrammeResults } from '@neighbourly/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  adminApi,
  createAccount,
  expectAccessible,
  expectCalls,
  expectNoSideScroll,
  hasChromium,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInWithPassword,
  startAppServer,
  type TestAccount,
} from './harness';

/**
 * Five projects with a baseline and an end round: three of six residents each, and two small ones of three
 * (each below the cell size of 5, together above it: pooled through their variances and never shown with
 * numbers). Life satisfaction (0-10) rises by a different amount in each.
 */
const plan = [
  {
    slug: 'buurt-noord',
    name: 'Buurt Noord',
    before: [5, 6, 5, 6, 5, 6],
    after: [8, 8, 7, 9, 8, 8],
    density: 6000,
  },
  {
    slug: 'buurt-oost',
    name: 'Buurt Oost',
    before: [6, 6, 7, 6, 6, 7],
    after: [7, 6, 7, 7, 7, 8],
    density: 400,
  },
  {
    slug: 'buurt-zuid',
    name: 'Buurt Zuid',
    before: [4, 5, 5, 4, 6, 5],
    after: [6, 7, 6, 6, 7, 6],
    density: 5200,
  },
  { slug: 'buurt-west', name: 'Buurt West', before: [5, 6, 7], after: [7, 7, 8], density: 800 },
  { slug: 'buurt-centrum', name: 'Buurt Centrum', before: [6, 5, 6], after: [7, 8, 7], density: 9000 },
];

describe.skipIf(!hasChromium)(
  'The programme: several projects pooled in the browser (needs Debian chromium)',
  () => {
    let app: AppServer;
    let browser: Browser;
    let researcher: TestAccount;
    const ids: string[] = [];

    beforeAll(async () => {
      [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
      const template = await adminApi<{ definition: Record<string, unknown> }>(
        app.url,
        'GET',
        '/api/survey-templates/outcomes-resident',
      );
      for (const [index, project] of plan.entries()) {
        const { id } = await adminApi<{ id: string }>(app.url, 'POST', '/api/projects', {
          name: project.name,
          slug: project.slug,
          languages: ['nl', 'fr'],
        });
        ids.push(id);
        await adminApi(app.url, 'PATCH', `/api/projects/${id}`, {
          context: { density: project.density, older_share: 15 + 4 * index },
        });
        const survey = await adminApi<{ id: string }>(app.url, 'POST', `/api/projects/${id}/surveys`, {
          title: 'Buurtbevraging',
          round: 'outcomes',
          definition: template.definition,
        });
        for (const [label, scores] of [
          ['baseline', project.before],
          ['end', project.after],
        ] as const) {
          const wave = await adminApi<{ id: string }>(app.url, 'POST', `/api/projects/${id}/waves`, {
            surveyId: survey.id,
            label,
          });
          const invitations = await adminApi<{ token: string }[]>(
            app.url,
            'POST',
            `/api/waves/${wave.id}/invitations`,
            { count: scores.length },
          );
          for (const [i, invitation] of invitations.entries()) {
            const answers = {
              who5_1: 3,
              who5_2: 3,
              who5_3: 4,
              who5_4: 2,
              who5_5: 3,
              life_satisfaction: scores[i],
              can_rely: ((i + index) % 5) + 1,
            };
            const response = await fetch(`${app.url}/api/public/${invitation.token}/responses`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ answers }),
            });
            expect(response.status, `a response to ${project.slug} ${label}`).toBe(201);
          }
        }
      }
      // A researcher of exactly these four projects, invited and accepted as the accounts flow does it.
      researcher = await createAccount(app.url, {
        email: 'onderzoeker@example.org',
        name: 'Onderzoeker',
        grants: ids.map((projectId) => ({ role: 'researcher' as const, projectId })),
      });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it('in Dutch: a researcher chooses projects and types, reads the pooled change, each project and the report', {
      timeout: 240_000,
    }, async () => {
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'nl-BE' });
      const { page } = recorded;
      page.setDefaultTimeout(20_000);
      await signInWithPassword(page, app.appUrl, researcher, 'nl');
      await page.getByRole('link', { name: 'Projecten samenvoegen (programma)' }).click();
      await page.getByRole('heading', { name: 'Programma: projecten samengevoegd' }).waitFor();
      // Every project of the researcher is ticked at first; with none ticked, the form says so next to the list.
      for (const project of plan) {
        expect(await page.getByRole('checkbox', { name: project.name }).isChecked()).toBe(true);
      }
      await page.getByRole('button', { name: 'Niets selecteren' }).click();
      await page.getByRole('checkbox', { name: 'Buurt Noord' }).check();
      await page.getByRole('button', { name: 'Samenvoegen' }).click();
      await page.getByText('Kies minstens twee projecten.').waitFor();
      expect(recorded.calls.some((call) => call.startsWith('GET /api/programmes/'))).toBe(false);
      await page.getByRole('button', { name: 'Alles selecteren' }).click();
      await page.getByLabel('Indelen in soorten buurten').selectOption('2');
      await page.getByRole('button', { name: 'Samenvoegen' }).click();
      await page.getByRole('heading', { name: 'Samengevoegde resultaten' }).waitFor();
      expectCalls(recorded, ['GET /api/programmes/results']);
      // The request is in the address: the view can be bookmarked and shared.
      const address = new URL(page.url());
      expect(address.pathname).toBe('/app/programme');
      expect(address.searchParams.get('projects')?.split(',').sort()).toEqual([...ids].sort());
      expect(address.searchParams.get('typology')).toBe('2');

      // The figures are the API's, in Dutch number format: the change from baseline to end is shown first.
      const query = `${address.search.slice(1)}`;
      const programme = await adminApi<ProgrammeResults>(app.url, 'GET', `/api/programmes/results?${query}`);
      const cell = programme.pooled.find(
        (c) => c.indicatorId === 'life-satisfaction' && c.measure.kind === 'change',
      );
      expect(cell?.status).toBe('pooled');
      expect(cell?.k).toBe(5);
      expect(cell?.hidden).toBe(2);
      const signed = new Intl.NumberFormat('nl-BE', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      });
      expect(await page.getByLabel('Toon').inputValue()).toBe('change:baseline:end');
      const card = page.locator('.indicator-card', { hasText: 'Tevredenheid met het leven' }).first();
      await card.waitFor();
      const meta = cell?.meta;
      if (meta === undefined) throw new Error('no pooled life satisfaction');
      await expect
        .poll(() => card.textContent())
        .toContain(
          `${signed.format(meta.estimate)} 95%-BI ${signed.format(meta.ci[0])} tot ${signed.format(meta.ci[1])}`,
        );
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('5 projecten');
      expect(text).toContain('2 kleine projecten meegeteld zonder hun cijfers te tonen');
      expect(text).toContain('In een nieuw, gelijkaardig project: tussen');
      // Each project on demand: the three of six residents, never the small one.
      await card.getByRole('button', { name: 'Toon elk project' }).click();
      await card.locator('canvas').waitFor();
      const rows = card.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(3);
      const table = (await card.locator('table').last().textContent()) ?? '';
      for (const name of ['Buurt Noord', 'Buurt Oost', 'Buurt Zuid']) expect(table).toContain(name);
      expect(table).not.toContain('Buurt West');
      expect(table).not.toContain('Buurt Centrum');
      // Noord's own change: 8 − 5.5 = +2.50.
      expect(table).toContain(signed.format(48 / 6 - 33 / 6));
      // The types and who measured what.
      await page.getByRole('heading', { name: 'Soorten buurten' }).waitFor();
      expect(await page.locator('#types .indicator-card').count()).toBe(2);
      const coverage = (await page.locator('#coverage table').textContent()) ?? '';
      expect(coverage).toContain('Buurt West');
      expect(coverage).toMatch(/te weinig/);
      // Another round: the level at baseline, without a sign.
      const baseline = programme.pooled.find(
        (c) =>
          c.indicatorId === 'life-satisfaction' &&
          c.measure.kind === 'wave' &&
          c.measure.waveId === 'baseline',
      )?.meta;
      if (baseline === undefined) throw new Error('no pooled baseline');
      const plain = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      await page.getByLabel('Toon').selectOption('wave:baseline');
      await expect
        .poll(() => card.textContent())
        .toContain(`Samengevoegd: ${plain.format(baseline.estimate)} 95%-BI`);
      await expectAccessible(page, 'programme (nl, desktop)');
      await screenshot(page, 'programme-desktop-nl');
      // The programme report as a PDF, in French.
      await page.getByLabel('Taal van het rapport').selectOption('fr');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Programmarapport downloaden (pdf)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('programme-report-fr.pdf');
      const pdf = readFileSync((await download.path()) ?? '');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Reloading the address shows the same pooled view.
      await page.reload();
      await page.getByRole('heading', { name: 'Samengevoegde resultaten' }).waitFor();
      expect(await page.getByLabel('Indelen in soorten buurten').inputValue()).toBe('2');
      expect(recorded.problems).toEqual([]);
    });

    it('in French on a phone: an address with projects opens pooled, fits the screen and passes axe', {
      timeout: 120_000,
    }, async () => {
      const recorded = await openPage(browser, { viewport: 'phone', locale: 'fr-BE' });
      const { page } = recorded;
      page.setDefaultTimeout(20_000);
      await signInWithPassword(page, app.appUrl, researcher, 'fr');
      await page.getByRole('heading', { name: 'Projets' }).waitFor();
      await page.goto(`${app.appUrl}programme?projects=${ids.join(',')}`);
      await page.getByRole('heading', { name: 'Résultats regroupés' }).waitFor();
      await page.locator('.indicator-card').first().waitFor();
      await expectNoSideScroll(page, 'programme on a phone');
      await expectAccessible(page, 'programme (fr, phone)');
      await screenshot(page, 'programme-phone-fr');
      const card = page.locator('.indicator-card', { hasText: 'Satisfaction' }).first();
      await card.getByRole('button', { name: 'Afficher chaque projet' }).click();
      await card.locator('canvas').waitFor();
      await expectNoSideScroll(page, 'programme forest plot on a phone');
      await screenshot(page, 'programme-forest-phone-fr', false);
      expect(recorded.problems).toEqual([]);
    });
    it('in Dutch: an admin sets a project’s context on its page; a bad name is caught next to the field', {
      timeout: 120_000,
    }, async () => {
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'nl-BE' });
      const { page } = recorded;
      page.setDefaultTimeout(20_000);
      await signIn(page, app.appUrl, 'nl');
      await page.getByRole('heading', { name: 'Projecten' }).waitFor();
      const projectId = ids[1] as string;
      await page.goto(`${app.appUrl}projects/${projectId}`);
      const section = page.locator('#context');
      await section.getByRole('heading', { name: 'Context van de buurt' }).waitFor();
      // The variables set before are there, numbers in the Dutch way.
      const names = section.getByLabel('Naam', { exact: true });
      const values = section.getByLabel('Waarde', { exact: true });
      expect(await names.count()).toBe(2);
      expect([await names.nth(0).inputValue(), await values.nth(0).inputValue()]).toEqual(['density', '400']);
      await section.getByRole('button', { name: 'Variabele toevoegen' }).click();
      await names.nth(2).fill('regio stad');
      await values.nth(2).fill('Oost-Vlaanderen');
      await values.nth(0).fill('450,5');
      recorded.resetCalls();
      await section.getByRole('button', { name: 'Context bewaren' }).click();
      await section
        .getByText('Gebruik 1 tot 64 letters, cijfers, _ of - (geen spaties), bv. aandeel_ouderen.')
        .waitFor();
      expect(recorded.calls).not.toContain(`PATCH /api/projects/${projectId}`);
      await names.nth(2).fill('regio');
      await section.getByRole('button', { name: 'Context bewaren' }).click();
      await section.getByText('Context bewaard.').waitFor();
      const project = await adminApi<{ context: Record<string, unknown> }>(
        app.url,
        'GET',
        `/api/projects/${projectId}`,
      );
      expect(project.context).toEqual({ density: 450.5, older_share: 19, regio: 'Oost-Vlaanderen' });
      // Removing a row and saving removes the variable.
      await section.getByRole('button', { name: 'regio verwijderen' }).click();
      await section.getByRole('button', { name: 'Context bewaren' }).click();
      await section.getByText('Context bewaard.').waitFor();
      const after = await adminApi<{ context: Record<string, unknown> }>(
        app.url,
        'GET',
        `/api/projects/${projectId}`,
      );
      expect(after.context).toEqual({ density: 450.5, older_share: 19 });
      await expectAccessible(page, 'project overview with context (nl, desktop)');
      await screenshot(page, 'project-context-desktop-nl');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'FR' }).click();
      await section.getByRole('heading', { name: 'Contexte du quartier' }).waitFor();
      await expectNoSideScroll(page, 'project context on a phone');
      await expectAccessible(page, 'project overview with context (fr, phone)');
      await screenshot(page, 'project-context-phone-fr');
      expect(recorded.problems).toEqual([]);
    });
  },
);
