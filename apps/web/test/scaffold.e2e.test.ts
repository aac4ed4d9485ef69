import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  expectAccessible,
  expectCalls,
  hasChromium,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  startAppServer,
} from './harness';

describe.skipIf(!hasChromium)('the app shell (needs Debian chromium at /usr/bin/chromium)', () => {
  let app: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, switches language, and has no sign-out before signing in', async () => {
    const recorded = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
    const { page } = recorded;
    await page.goto(app.appUrl);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await expectAccessible(page, 'sign-in');

    // A wrong key: the message next to the field.
    await page.getByLabel('Key').fill('nbk_wrong-key-000000000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This key is not valid or was revoked.').waitFor();

    await signIn(page, app.appUrl);
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    expectCalls(recorded, ['GET /api/me', 'GET /api/projects']);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Projecten' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await screenshot(page, 'scaffold-projects-nl');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    // The wrong key's 401 is the only failed request (the browser logs it too).
    expect(recorded.problems.filter((text) => !text.includes('401'))).toEqual([]);
    await recorded.context.close();
  });
});
