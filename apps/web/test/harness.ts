/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { defineConfig, type RunningServer, startServer } from '@neighbourly/server';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

/** Debian's Chromium; the suites are skipped with a message where it is missing. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
/** Screenshots of the run (desktop and phone, nl and fr), also used by docs/getting-started.md. */
export const outputDir = join(import.meta.dirname, '..', 'test-output');
/** The admin key the test server starts with. */
export const adminKey = 'nbk_e2e-admin-key-0123456789abcdefghij';

/** A real server (`startServer`, as `npm start`) on a fresh SQLite file with the demo project seeded. */
export interface AppServer {
  server: RunningServer;
  /** The web app's address, e.g. `http://127.0.0.1:34567/app/`. */
  appUrl: string;
  /** The server's address. */
  url: string;
  close(): Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  const dir = mkdtempSync(join(tmpdir(), 'neighbourly-web-'));
  const server = await startServer(
    defineConfig({
      PORT: 0,
      HOST: '127.0.0.1',
      NEIGHBOURLY_STORE: `sqlite:${join(dir, 'neighbourly.db')}`,
      NEIGHBOURLY_LOG_LEVEL: 'silent',
      NEIGHBOURLY_ADMIN_TOKEN: adminKey,
    }),
    { print: () => {} },
  );
  const url = server.url.replace('localhost', '127.0.0.1');
  return {
    server,
    url,
    appUrl: `${url}/app/`,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts Debian's Chromium headless, as the project's other browser tests do. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** The requests of each page that have not finished yet (to tell a stuck request from a part never asked for). */
const pendingOf = new WeakMap<Page, Set<Request>>();

/** The viewports the journeys run on. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** A page that records every API call it makes and every console error or failed request. */
export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** `METHOD /api/path` of every API request the app made, in order (query strings left out). */
  calls: string[];
  /** Console errors and uncaught exceptions. */
  problems: string[];
  /** Clears {@link calls}, to check what the next step does. */
  resetCalls(): void;
}

export async function openPage(
  browser: Browser,
  options: { viewport: keyof typeof viewports; locale: string },
): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: viewports[options.viewport],
    locale: options.locale,
    deviceScaleFactor: 1,
    acceptDownloads: true,
    ...(options.viewport === 'phone' ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const calls: string[] = [];
  const problems: string[] = [];
  const pending = new Set<Request>();
  pendingOf.set(page, pending);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
    pending.add(request);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => {
    pending.delete(request);
    // A navigation cancels the requests of the page it leaves: not a problem of the app.
    const error = request.failure()?.errorText;
    if (error !== 'net::ERR_ABORTED') problems.push(`failed ${request.method()} ${request.url()}: ${error}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // A failing step leaves a picture of what the page showed.
  onTestFailed(async () => {
    if (!page.isClosed())
      await screenshot(page, `failed-${options.viewport}-${options.locale}`).catch(() => {});
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(
        `${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`,
      );
  });
  return { context, page, calls, problems, resetCalls: () => calls.splice(0, calls.length) };
}

/** Asserts that the app made each of these calls (`POST /api/projects`, ids written as `:id`). */
export function expectCalls(recorded: RecordedPage, expected: string[]): void {
  const normalised = recorded.calls.map((call) =>
    call.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id'),
  );
  for (const call of expected) expect(normalised, `the app should have called ${call}`).toContain(call);
}

/** Runs axe-core on the page: no serious or critical violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(bad, `axe on ${where}`).toEqual([]);
}

/** Saves a full-page screenshot into test-output/ (made for people to look at, and for the docs). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  // Parts below the fold draw when scrolled to: pass over the whole page first.
  if (fullPage) await scrollThrough(page);
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage });
}

/** Presses Tab until `target` has the focus (a keyboard-only user reaching it), or fails. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Whether the page has no horizontal scroll (nothing wider than the viewport). */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Scrolls down the page a screen at a time (so parts drawn on sight appear), then back to the top. */
export async function scrollThrough(page: Page): Promise<void> {
  const step = (page.viewportSize()?.height ?? 800) * 0.9;
  // The page grows as parts load: measure its height again at every step, down to the real bottom.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  // Every part that started loading has finished: no loading message is left on the page. (Not
  // `networkidle`: it waits for half a second without any request, which a busy machine may never give.)
  await expect
    .poll(
      () =>
        page
          .locator('.loading')
          .evaluateAll((items) =>
            items.map((item) => `${item.closest('section')?.id ?? '?'}: ${item.textContent}`),
          )
          .then((loading) =>
            loading.length === 0
              ? []
              : [
                  ...loading,
                  ...[...(pendingOf.get(page) ?? [])].map((request) => `pending ${request.url()}`),
                ],
          ),
      { timeout: 30_000 },
    )
    .toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The sign-in page's labels in each interface language. */
export const signInLabels = {
  en: {
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    disclosure: 'Sign in with an API key',
    key: 'API key',
    submitKey: 'Sign in with the key',
  },
  nl: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    disclosure: 'Aanmelden met een API-sleutel',
    key: 'API-sleutel',
    submitKey: 'Aanmelden met de sleutel',
  },
  fr: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    disclosure: 'Se connecter avec une clé d’API',
    key: 'Clé d’API',
    submitKey: 'Se connecter avec la clé',
  },
} as const;
/** An interface language of the tests. */
export type Lang = keyof typeof signInLabels;

/** Signs in on the app's sign-in page with an API key (the admin key unless told), in the page's language. */
export async function signIn(page: Page, appUrl: string, lang: Lang = 'en', key = adminKey): Promise<void> {
  const labels = signInLabels[lang];
  await page.goto(appUrl);
  await page.getByText(labels.disclosure).click();
  await page.getByLabel(labels.key, { exact: true }).fill(key);
  await page.getByRole('button', { name: labels.submitKey, exact: true }).click();
}

/** Signs in on the app's sign-in page with an account's e-mail address and password. */
export async function signInWithPassword(
  page: Page,
  appUrl: string,
  account: { email: string; password: string },
  lang: Lang = 'en',
): Promise<void> {
  const labels = signInLabels[lang];
  await page.goto(appUrl);
  await page.getByLabel(labels.email, { exact: true }).fill(account.email);
  await page.getByLabel(labels.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** A call of the HTTP API with the admin key (to set a scene up; the journeys themselves use the interface). */
export async function adminApi<T = unknown>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${adminKey}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A staff account made through the invitation flow over HTTP: invited with the admin key, then accepted. */
export interface TestAccount {
  id: string;
  email: string;
  name: string;
  password: string;
}

export async function createAccount(
  url: string,
  account: {
    email: string;
    name: string;
    grants: { role: 'admin' | 'coordinator' | 'researcher'; projectId?: string }[];
    password?: string;
  },
): Promise<TestAccount> {
  const password = account.password ?? 'a long enough test passphrase';
  const created = await adminApi<{ id: string; invitation: { token: string } }>(
    url,
    'POST',
    '/api/accounts',
    {
      email: account.email,
      name: account.name,
      language: 'en',
      grants: account.grants,
    },
  );
  const accepted = await fetch(`${url}/api/account-invitations/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: created.invitation.token, password }),
  });
  expect(accepted.status).toBe(204);
  return { id: created.id, email: account.email, name: account.name, password };
}

/** The id of the project with this name (with the admin key). */
export async function projectIdOf(url: string, name: string): Promise<string> {
  const projects = await adminApi<{ id: string; name: string }[]>(url, 'GET', '/api/projects');
  const project = projects.find((candidate) => candidate.name === name);
  if (project === undefined) throw new Error(`no project named ${name}`);
  return project.id;
}
