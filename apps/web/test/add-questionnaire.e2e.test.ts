import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  adminKey,
  expectAccessible,
  expectCalls,
  hasChromium,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  startAppServer,
} from './harness';

type Element = { name: string; type: string; isRequired?: boolean; title?: Record<string, string> };
type Definition = { pages: { elements: Element[] }[] };

/** Reads the API as an integrator would (to check what the UI stored, never to do a step for it). */
async function api<T>(app: AppServer, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${app.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
  });
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

/** An accessible name made of visible text and a visually hidden part (Chromium may put a space between). */
const named = (first: string, rest: string) => new RegExp(`^${first}\\s*: ${rest}$`);

const row = (page: Page, name: string) => page.locator(`li[data-question="${name}"]`);

describe.skipIf(!hasChromium)('Add questionnaire (journey 3, needs Debian chromium)', () => {
  let app: AppServer;
  let browser: Browser;
  let projectId: string;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
    // The project itself is journey 2's; here it only needs to exist.
    const project = await api<{ id: string }>(app, '/api/projects', {
      method: 'POST',
      body: JSON.stringify({ name: 'Zorgzaam Noord', slug: 'zorgzaam-noord', languages: ['nl', 'fr', 'en'] }),
    });
    projectId = project.id;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adapts a template in Dutch: modules, questions, own question, order, texts, required, preview, lint', {
    timeout: 240_000,
  }, async () => {
    const recorded = await openPage(browser, { viewport: 'desktop', locale: 'nl-BE' });
    const { page } = recorded;
    page.setDefaultTimeout(15_000);
    await signIn(page, app.appUrl, 'nl');
    await page.getByRole('heading', { name: 'Projecten' }).waitFor();
    await page.goto(`${app.appUrl}projects/${projectId}/questionnaires`);
    await page.getByRole('heading', { name: 'Vragenlijsten' }).waitFor();
    await page.getByRole('link', { name: 'Vragenlijst toevoegen' }).click();
    await page.getByRole('heading', { name: 'Vragenlijst toevoegen' }).waitFor();

    // Saving without a template: the message next to the template choice.
    await page.getByRole('button', { name: 'Vragenlijst toevoegen' }).click();
    await page.getByText('Kies een sjabloon.').waitFor();

    await page.getByRole('radio', { name: /Resultaten · Bewoners/ }).check();
    await row(page, 'who5_1').waitFor();
    await expectAccessible(page, 'add questionnaire (nl)');

    // A module as a whole; a single question; required; order.
    await page.getByRole('checkbox', { name: /WHO-5 welbevinden/ }).uncheck();
    expect(await row(page, 'who5_3').getByRole('checkbox').first().isChecked()).toBe(false);
    await row(page, 'uses_meeting_place').getByRole('checkbox').first().uncheck();
    await row(page, 'feel_safe')
      .getByRole('checkbox', { name: /Verplicht/ })
      .check();
    await row(page, 'live_at_home')
      .getByRole('button', { name: /Naar boven/ })
      .click();

    // Texts side by side; an emptied translation is flagged.
    const feelSafe = row(page, 'feel_safe');
    await feelSafe.getByText('Teksten').click();
    const french = feelSafe.getByRole('textbox', { name: /Frans/ });
    const frenchText = await french.inputValue();
    await french.fill('');
    await feelSafe.getByText('Vertaling ontbreekt: FR').waitFor();
    await french.fill(frenchText);
    expect(await feelSafe.getByText('Vertaling ontbreekt: FR').count()).toBe(0);

    // An own single-choice question: first without options (message next to them), then complete.
    const own = page.getByRole('region', { name: 'Eigen vraag toevoegen' });
    await own.getByLabel('Soort vraag').selectOption('single');
    await own
      .getByRole('textbox', { name: named('Nederlands', 'Vraag') })
      .fill('Hoe hoorde u van het project?');
    await own.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await own.getByText('Geef minstens twee antwoordmogelijkheden.').waitFor();
    await own
      .getByRole('textbox', { name: named('Frans', 'Vraag') })
      .fill('Comment avez-vous connu le projet ?');
    await own
      .getByRole('textbox', { name: named('Engels', 'Vraag') })
      .fill('How did you hear of the project?');
    for (const [index, [nl, fr, en]] of [
      ['Van een buur', 'Par un voisin', 'From a neighbour'],
      ['Via een folder', 'Par un dépliant', 'From a leaflet'],
    ].entries()) {
      const option = `Mogelijkheid ${index + 1}`;
      await own.getByRole('textbox', { name: named('Nederlands', option) }).fill(nl as string);
      await own.getByRole('textbox', { name: named('Frans', option) }).fill(fr as string);
      await own.getByRole('textbox', { name: named('Engels', option) }).fill(en as string);
    }
    await own.getByLabel('Indicator waar deze vraag bij hoort').selectOption('feels-at-home');
    await own.getByLabel('Respondenten moeten deze vraag beantwoorden').check();
    await own.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await row(page, 'own_1').waitFor();
    expect(await own.getByText('Geef minstens twee antwoordmogelijkheden.').count()).toBe(0);

    // The live preview, with survey-react-ui, in Dutch and in French.
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await preview.getByText('Hoe hoorde u van het project?').waitFor();
    await preview.getByText('Van een buur').waitFor();
    expect(await preview.getByText('Hoe voelt u zich').count()).toBe(0); // WHO-5 is off
    await preview.getByRole('button', { name: 'Frans' }).click();
    await preview.getByText('Comment avez-vous connu le projet ?').waitFor();
    await screenshot(page, 'questionnaire-editor-desktop-nl');

    // Saving: the editor finds that activities_attended reads the switched-off question (the server's lint
    // only warns, as survey-core reads it as an empty answer) and sends nothing.
    recorded.resetCalls();
    await page.getByRole('button', { name: 'Vragenlijst toevoegen' }).click();
    const issue = row(page, 'activities_attended').locator('.field-errors');
    await issue.waitFor();
    expect(await issue.textContent()).toContain(
      'Deze vraag wordt alleen gesteld na „Bezocht u de voorbije drie maanden',
    );
    await page.getByText('1 vraag vraagt uw aandacht').waitFor();
    await screenshot(page, 'questionnaire-lint-desktop-nl');
    // Nothing half-created.
    expect(await api<unknown[]>(app, `/api/projects/${projectId}/surveys`)).toEqual([]);

    await row(page, 'uses_meeting_place').getByRole('checkbox').first().check();
    await page.getByLabel('Naam van de vragenlijst').fill('Bewonersbevraging 2026');
    await page.getByRole('button', { name: 'Vragenlijst toevoegen' }).click();
    await page.getByRole('heading', { name: 'Vragenlijsten' }).waitFor();
    await page.getByRole('cell', { name: 'Bewonersbevraging 2026' }).waitFor();
    expectCalls(recorded, ['POST /api/projects/:id/surveys', 'GET /api/projects/:id/surveys']);

    const [listed] = await api<{ id: string; name: string }[]>(app, `/api/projects/${projectId}/surveys`);
    expect(listed?.name).toBe('Bewonersbevraging 2026');
    const survey = await api<{ definition: Definition }>(
      app,
      `/api/projects/${projectId}/surveys/${listed?.id}`,
    );
    const elements = survey.definition.pages.flatMap((p) => p.elements);
    const names = elements.map((element) => element.name);
    expect(names.some((name) => name.startsWith('who5'))).toBe(false);
    expect(names.indexOf('live_at_home')).toBeLessThan(names.indexOf('feel_safe'));
    expect(elements.find((element) => element.name === 'feel_safe')?.isRequired).toBe(true);
    const added = elements.find((element) => element.name === 'own_1');
    expect(added).toMatchObject({
      type: 'radiogroup',
      isRequired: true,
      title: {
        default: 'How did you hear of the project?',
        nl: 'Hoe hoorde u van het project?',
        fr: 'Comment avez-vous connu le projet ?',
      },
      neighbourly: { indicators: ['feels-at-home'] },
    });
    expect(recorded.problems.filter((text) => !text.includes('422'))).toEqual([]);
    await recorded.context.close();
  });

  it('adds a questionnaire with the keyboard alone, in French on a 390×844 phone', {
    timeout: 240_000,
  }, async () => {
    const recorded = await openPage(browser, { viewport: 'phone', locale: 'fr-BE' });
    const { page } = recorded;
    page.setDefaultTimeout(15_000);
    await signIn(page, app.appUrl, 'fr');
    await page.getByRole('heading', { name: 'Projets' }).waitFor();
    await page.goto(`${app.appUrl}projects/${projectId}/questionnaires/new`);
    await page.getByRole('heading', { name: 'Ajouter un questionnaire' }).waitFor();

    /** What has the keyboard focus: `TAG|value|row|text`. */
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const row = element?.closest('li[data-question]')?.getAttribute('data-question') ?? '';
        return `${element?.tagName ?? ''}|${element?.getAttribute('value') ?? ''}|${row}|${element?.textContent ?? ''}`;
      });
    async function tabTo(matches: (text: string) => boolean, limit = 700): Promise<void> {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error(`never reached by Tab (last: ${await focused()})`);
    }
    // The first template, then the process round for volunteers with the arrow keys.
    await tabTo((text) => text.startsWith('INPUT|governance-professional|'));
    await page.keyboard.press('Space');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^INPUT\|process-volunteer\|/);
    await page.locator('li[data-question="proc_accessibility"]').waitFor();
    await expectAccessible(page, 'add questionnaire (fr, phone)');
    await screenshot(page, 'questionnaire-editor-phone-fr');

    // Not asking the first question: Tab to its checkbox and press Space.
    await tabTo((text) => text.startsWith('INPUT||proc_coordinated_cooperation|'), 50);
    await page.keyboard.press('Space');
    const firstAsked = page.locator('li[data-question="proc_coordinated_cooperation"] input').first();
    expect(await firstAsked.isChecked()).toBe(false);

    recorded.resetCalls();
    await tabTo((text) => text.startsWith('BUTTON|||Ajouter un questionnaire'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
    expectCalls(recorded, ['POST /api/projects/:id/surveys']);
    const surveys = await api<{ id: string; round?: string }[]>(app, `/api/projects/${projectId}/surveys`);
    const process = surveys.find((survey) => survey.round === 'process');
    expect(process).toBeDefined();
    const stored = await api<{ definition: Definition }>(
      app,
      `/api/projects/${projectId}/surveys/${process?.id}`,
    );
    const names = stored.definition.pages.flatMap((p) => p.elements.map((element) => element.name));
    expect(names).not.toContain('proc_coordinated_cooperation');
    expect(names).toContain('proc_accessibility');
    await screenshot(page, 'questionnaires-list-phone-fr');
    expect(recorded.problems).toEqual([]);
    await recorded.context.close();
  });
});
