import type { Browser } from 'playwright-core';
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

type Texts = Partial<Record<'nl' | 'fr' | 'en', string>>;
interface Toc {
  nodes: { id: string; kind: string; label: Texts; indicatorIds?: string[] }[];
  edges: { from: string; to: string; assumption?: Texts }[];
}
interface ProjectView {
  id: string;
  theoryOfChange: Toc;
  indicatorSet: { indicators: { id: string; label: Texts }[] };
}

/** Reads the API as an integrator would (to check what the UI stored, never to do a step for it). */
async function api<T>(app: AppServer, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${app.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
  });
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

describe.skipIf(!hasChromium)('theory of change editor (journey 4, needs Debian chromium)', () => {
  let app: AppServer;
  let browser: Browser;
  let project: ProjectView;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
    // The project (journey 2's) starts with the starter theory of change.
    project = await api<ProjectView>(app, '/api/projects', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Quartier solidaire',
        slug: 'quartier-solidaire',
        languages: ['nl', 'fr', 'en'],
      }),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds a box and arrows, links an indicator, shows a cycle on its arrow and saves (French, desktop)', {
    timeout: 240_000,
  }, async () => {
    const recorded = await openPage(browser, { viewport: 'desktop', locale: 'fr-BE' });
    const { page } = recorded;
    page.setDefaultTimeout(15_000);
    const toc = project.theoryOfChange;
    const outcome = toc.nodes.find((node) => node.kind === 'outcome');
    const impact = toc.nodes.find((node) => node.kind === 'impact');
    const activity = toc.nodes.find((node) => node.kind === 'activity');
    const indicator = project.indicatorSet.indicators.find(
      (candidate) => !(outcome?.indicatorIds ?? []).includes(candidate.id),
    );
    if (!outcome || !impact || !activity || !indicator) throw new Error('the starter model lacks a part');

    await signIn(page, app.appUrl, 'fr');
    await page.getByRole('heading', { name: 'Projets' }).waitFor();
    await page.goto(`${app.appUrl}projects/${project.id}/theory-of-change`);
    await page.getByRole('heading', { name: 'Théorie du changement', level: 1 }).waitFor();
    const boxes = page.locator('.react-flow__node-box');
    await expect.poll(() => boxes.count()).toBe(toc.nodes.length);
    await expectAccessible(page, 'theory of change (fr)');
    await screenshot(page, 'theory-of-change-desktop-fr');

    // Zoom in with the diagram's control.
    const viewport = page.locator('.react-flow__viewport');
    const before = await viewport.getAttribute('style');
    await page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);

    // Clicking an outcome in the diagram opens it for editing; link an indicator.
    await page.locator(`.react-flow__node[data-id="${outcome.id}"]`).click();
    const editor = page.locator('li.toc-item', { has: page.locator('button[aria-expanded="true"]') });
    await editor
      .getByRole('group', { name: 'Indicateurs qui la mesurent' })
      .getByRole('checkbox', { name: indicator.label.fr ?? indicator.id, exact: true })
      .check();

    // A box: first without text (the message next to the field), then with.
    const addBox = page.getByRole('group', { name: 'Ajouter une case' });
    await addBox.getByLabel('Type').selectOption('activity');
    await addBox.getByRole('button', { name: 'Ajouter la case' }).click();
    await addBox.getByText('Écrivez le texte de la case dans au moins une langue.').waitFor();
    await addBox
      .getByRole('textbox', { name: /^Français\s*: Texte de la nouvelle case$/ })
      .fill('Fête de quartier');
    await addBox
      .getByRole('textbox', { name: /^Néerlandais\s*: Texte de la nouvelle case$/ })
      .fill('Buurtfeest');
    await addBox.getByRole('button', { name: 'Ajouter la case' }).click();
    await expect.poll(() => boxes.count()).toBe(toc.nodes.length + 1);
    await page.locator('.react-flow__node[data-id="fete-de-quartier"]').waitFor();

    // Two arrows: one that holds, and one back from the impact to an activity (a cycle).
    const addArrow = page.getByRole('group', { name: 'Ajouter une flèche' });
    await addArrow.getByRole('button', { name: 'Ajouter la flèche' }).click();
    await addArrow.getByText('Choisissez où la flèche commence.').waitFor();
    await addArrow.getByLabel('De', { exact: true }).selectOption('fete-de-quartier');
    await addArrow.getByLabel('Vers', { exact: true }).selectOption(outcome.id);
    await addArrow.getByRole('textbox', { name: /^Français\s*: Hypothèse$/ }).fill('Les voisins viennent');
    await addArrow.getByRole('button', { name: 'Ajouter la flèche' }).click();
    await addArrow.getByLabel('De', { exact: true }).selectOption(impact.id);
    await addArrow.getByLabel('Vers', { exact: true }).selectOption(activity.id);
    await addArrow.getByRole('button', { name: 'Ajouter la flèche' }).click();

    recorded.resetCalls();
    await page.getByRole('button', { name: 'Enregistrer la théorie du changement' }).click();
    const invalid = page.locator('li.toc-item-invalid');
    await invalid.first().waitFor();
    expect(await invalid.count()).toBe(1);
    expect(await invalid.textContent()).toMatch(/cycle/);
    // The arrow is red in the diagram too.
    expect(await page.locator('.react-flow__edge.toc-arrow-invalid').count()).toBe(1);
    await screenshot(page, 'theory-of-change-cycle-desktop-fr');
    expectCalls(recorded, ['PATCH /api/projects/:id']);
    // Nothing saved while the model is invalid.
    const unchanged = await api<ProjectView>(app, `/api/projects/${project.id}`);
    expect(unchanged.theoryOfChange).toEqual(toc);

    // Taking the arrow back from the impact away breaks the cycle.
    await page
      .locator('li.toc-item', { hasText: `${impact.label.fr} → ${activity.label.fr}` })
      .getByRole('button', { name: /Supprimer la flèche/ })
      .click();
    await page.getByRole('button', { name: 'Enregistrer la théorie du changement' }).click();
    await page.getByText('La théorie du changement est enregistrée.').waitFor();
    const saved = (await api<ProjectView>(app, `/api/projects/${project.id}`)).theoryOfChange;
    expect(saved.nodes.find((node) => node.id === 'fete-de-quartier')).toMatchObject({
      kind: 'activity',
      label: { fr: 'Fête de quartier', nl: 'Buurtfeest' },
    });
    expect(saved.edges).toContainEqual({
      from: 'fete-de-quartier',
      to: outcome.id,
      assumption: { fr: 'Les voisins viennent' },
    });
    expect(saved.edges.some((edge) => edge.from === impact.id)).toBe(false);
    expect(saved.nodes.find((node) => node.id === outcome.id)?.indicatorIds).toContain(indicator.id);
    expect(recorded.problems.filter((text) => !text.includes('422'))).toEqual([]);
    await recorded.context.close();
  });

  it('is readable and zoomable on a 390×844 phone, in Dutch', { timeout: 120_000 }, async () => {
    const recorded = await openPage(browser, { viewport: 'phone', locale: 'nl-BE' });
    const { page } = recorded;
    page.setDefaultTimeout(15_000);
    await signIn(page, app.appUrl, 'nl');
    await page.getByRole('heading', { name: 'Projecten' }).waitFor();
    await page.goto(`${app.appUrl}projects/${project.id}/theory-of-change`);
    await page.getByRole('heading', { name: 'Veranderingstheorie', level: 1 }).waitFor();
    await page.locator('.react-flow__node-box').first().waitFor();
    await expectAccessible(page, 'theory of change (nl, phone)');
    // The diagram fills the phone's width.
    const box = await page.locator('.toc-canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await screenshot(page, 'theory-of-change-phone-nl');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'theory-of-change-desktop-nl');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Théorie du changement', level: 1 }).waitFor();
    await screenshot(page, 'theory-of-change-phone-fr');
    expect(recorded.problems).toEqual([]);
    await recorded.context.close();
  });
});
