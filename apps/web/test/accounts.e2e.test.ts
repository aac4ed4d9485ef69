import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  adminApi,
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
  signIn,
  signInLabels,
  signInWithPassword,
  startAppServer,
} from './harness';

/*
 * Staff accounts in the browser, end to end: an administrator (signed in with the admin key) invites a
 * coordinator for one project on the People page; the coordinator opens the one-time link, chooses a password,
 * signs in with it, sees only that project and signs out. Wrong passwords, used links and cookie writes without
 * the CSRF token are refused. axe-core on every new page; screenshots in nl and fr, desktop and phone.
 */
describe.skipIf(!hasChromium)(
  'staff accounts in the web app (needs Debian chromium at /usr/bin/chromium)',
  { timeout: 180_000 },
  () => {
    let app: AppServer;
    let browser: Browser;
    let demoId = '';
    let otherId = '';
    const demoName = 'Caring neighbourhood De Linde';
    const otherName = 'Beech Street together';
    const cora = {
      email: 'cora@example.org',
      name: 'Cora Janssens',
      password: 'linden trees in spring 2027',
    };
    let coraId = '';

    beforeAll(async () => {
      [app, browser] = await Promise.all([startAppServer(), launchBrowser()]);
      demoId = await projectIdOf(app.url, demoName);
      const other = await adminApi<{ id: string }>(app.url, 'POST', '/api/projects', {
        name: otherName,
        slug: 'beech-street',
        languages: ['nl', 'fr'],
      });
      otherId = other.id;
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
    /** The problems of a page other than the refusals a step provoked on purpose. */
    const unexpected = (recorded: RecordedPage, expected: RegExp[]) =>
      recorded.problems.filter(
        (problem) =>
          !expected.some((pattern) => pattern.test(problem)) &&
          // The browser logs every 4xx answer it was given as a console error, besides the response itself.
          !/^Failed to load resource: the server responded with a status of 4\d\d/.test(problem),
      );

    it('an admin invites a coordinator on People; they accept, sign in, see only their project, sign out', async () => {
      const admin = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
      await admin.page.setViewportSize({ width: 1280, height: 800 });
      await admin.page.goto(app.appUrl);
      await heading(admin.page, 'Sign in');
      // No account menu before signing in; e-mail and password first, the API key behind a disclosure.
      expect(await admin.page.locator('.account-menu').count()).toBe(0);
      expect(await admin.page.getByLabel('API key', { exact: true }).isVisible()).toBe(false);
      await expectAccessible(admin.page, 'sign in');
      await signIn(admin.page, app.appUrl);
      await heading(admin.page, 'Projects');
      await admin.page.getByRole('link', { name: demoName }).click();
      await admin.page.getByRole('link', { name: 'People', exact: true }).click();
      await heading(admin.page, 'People');

      // Nothing filled in: the messages are next to the fields and nothing is sent.
      admin.resetCalls();
      await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
      await admin.page.getByText('Enter their e-mail address.').waitFor();
      await admin.page.getByText('Enter their name.').waitFor();
      expect(admin.calls).not.toContain('POST /api/accounts');

      const form = admin.page.locator('#invite');
      await form.getByLabel('E-mail address').fill(cora.email);
      await form.getByLabel('Name', { exact: true }).fill(cora.name);
      await form.getByLabel('Language', { exact: true }).selectOption('nl');
      // A role per project: coordinator of this project (the default), none on the other.
      expect(await form.getByLabel(demoName, { exact: true }).inputValue()).toBe('coordinator');
      expect(await form.getByLabel(otherName, { exact: true }).inputValue()).toBe('');
      await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
      await admin.page.getByText(`${cora.name} is invited.`).waitFor();
      expectCalls(admin, ['POST /api/accounts', 'GET /api/accounts']);
      const invitation = await admin.page
        .getByLabel(`Invitation link for ${cora.name}`, { exact: true })
        .inputValue();
      expect(invitation).toMatch(/\/app\/accept-invitation#token=[A-Za-z0-9_-]+$/);
      await admin.page.getByRole('button', { name: 'Copy link' }).click();
      await admin.page.getByText(/Link copied\.|The link is selected/).waitFor();
      const row = admin.page.getByRole('row').filter({ hasText: cora.email });
      await row.filter({ hasText: 'Invited' }).waitFor();
      expect(await row.getByRole('combobox').inputValue()).toBe('coordinator');
      // The same address again: the server's 409, shown in words.
      await form.getByLabel('E-mail address').fill(cora.email);
      await form.getByLabel('Name', { exact: true }).fill('Cora again');
      await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
      await admin.page.getByText('This cannot be done in the current state.').waitFor();
      await expectAccessible(admin.page, 'people with a new invitation');
      await screenshot(admin.page, 'web-people-invited-desktop-en');

      // The admin key's menu: who is signed in, and no "Sign out everywhere" (a key has no sessions).
      await admin.page.getByRole('button', { name: /Account/ }).click();
      await admin.page.getByText('Role: administrator').waitFor();
      expect(await admin.page.getByRole('button', { name: 'Sign out everywhere' }).count()).toBe(0);
      await admin.page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await heading(admin.page, 'Sign in');
      expect(unexpected(admin, [/^409 POST \/api\/accounts$/])).toEqual([]);
      await admin.context.close();

      // The coordinator opens the link in a browser of their own.
      const coordinator = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
      const { page } = coordinator;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(invitation);
      await heading(page, 'Welcome: choose your password');
      // The token is taken out of the address bar at once.
      await expect.poll(() => page.url()).not.toContain('#token');
      expect(await page.locator('.account-menu').count()).toBe(0);
      await page.getByText('At least 12 characters.', { exact: false }).waitFor();
      await expectAccessible(page, 'accept invitation');
      await screenshot(page, 'web-accept-invitation-desktop-en');
      coordinator.resetCalls();
      await page.getByLabel('New password', { exact: true }).fill('too short');
      await page.getByLabel('New password again').fill('something else');
      await page.getByRole('button', { name: 'Save password' }).click();
      await page.getByText('Use at least 12 characters.').waitFor();
      await page.getByText('The two passwords are not the same.').waitFor();
      expect(coordinator.calls).toEqual([]);
      await page.getByLabel('New password', { exact: true }).fill(cora.password);
      await page.getByLabel('New password again').fill(cora.password);
      await page.getByRole('button', { name: 'Save password' }).click();
      await heading(page, 'Sign in');
      await page.getByText('Your account is ready.', { exact: false }).waitFor();
      expectCalls(coordinator, ['POST /api/account-invitations/accept']);
      await screenshot(page, 'web-sign-in-after-invitation-desktop-en');

      // A wrong password: one neutral message next to the field, the password emptied.
      await page.getByLabel('E-mail address').fill(cora.email);
      await page.getByLabel('Password', { exact: true }).fill('not my password at all');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('The e-mail address or the password is not right.').waitFor();
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
      // An address without an account gets the very same message.
      await page.getByLabel('E-mail address').fill('nobody@example.org');
      await page.getByLabel('Password', { exact: true }).fill('not my password at all');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('The e-mail address or the password is not right.').waitFor();
      await expectAccessible(page, 'sign in with a wrong password');
      await screenshot(page, 'web-sign-in-wrong-password-desktop-en');

      coordinator.resetCalls();
      await page.getByLabel('Password', { exact: true }).fill(cora.password);
      await page.getByLabel('E-mail address').fill(cora.email);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await heading(page, 'Projects');
      expectCalls(coordinator, ['POST /api/session', 'GET /api/projects', 'GET /api/me']);
      // Only their project; a coordinator does not create projects.
      await page.getByRole('link', { name: demoName }).waitFor();
      expect(await page.locator('.card').count()).toBe(1);
      expect(await page.getByText(otherName).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'New project' }).count()).toBe(0);
      await expectAccessible(page, 'projects of a coordinator');

      // A reload keeps the session (the cookie), and the app asks for the CSRF token again.
      await page.reload();
      await heading(page, 'Projects');
      await page.getByRole('link', { name: demoName }).click();
      await heading(page, demoName);
      // No People in the project menu for a coordinator, and its address explains instead of a 403.
      expect(await page.getByRole('link', { name: 'People', exact: true }).count()).toBe(0);
      await page.goto(`${app.appUrl}projects/${demoId}/people`);
      await page.getByText('People are managed by the project’s administrators').waitFor();
      await expectAccessible(page, 'people for a coordinator');
      // The other project: the server refuses it, the page says so in words.
      await page.goto(`${app.appUrl}projects/${otherId}`);
      await page.locator('.problem').waitFor();
      expect(await page.getByText(otherName).count()).toBe(0);

      // A write made with the cookie but without the CSRF token (what a cross-site form would send) is refused.
      const forged = await coordinator.context.request.patch(`${app.url}/api/projects/${demoId}`, {
        data: { name: 'Forged' },
      });
      expect(forged.status()).toBe(403);
      expect(await forged.json()).toMatchObject({ reason: 'csrf' });
      // GET /api/me answers the account (the app reads its CSRF token there after a reload).
      const me = await page.evaluate(async () => (await fetch('/api/me')).json());
      expect(me).toMatchObject({ kind: 'account', account: { email: cora.email } });
      coraId = (me as { id: string }).id;

      // The account menu: name and e-mail; sign out.
      await page.goto(app.appUrl);
      await heading(page, 'Projects');
      await page.getByRole('button', { name: /Cora Janssens/ }).click();
      await page.getByText(cora.email).waitFor();
      await page.getByText('Role: coordinator').waitFor();
      await page.getByRole('button', { name: 'Sign out everywhere' }).waitFor();
      await expectAccessible(page, 'account menu');
      await screenshot(page, 'web-account-menu-desktop-en', false);
      coordinator.resetCalls();
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await heading(page, 'Sign in');
      expectCalls(coordinator, ['DELETE /api/session']);
      expect(await page.locator('.account-menu').count()).toBe(0);
      // The session is over on the server too.
      const after = await coordinator.context.request.get(`${app.url}/api/me`);
      expect(after.status()).toBe(401);
      await page.goto(`${app.appUrl}projects/${demoId}`);
      await heading(page, 'Sign in');
      expect(
        unexpected(coordinator, [
          /^401 POST \/api\/session$/,
          /^40[34] GET \/api\/projects\/[^/]+$/,
          /^403 PATCH \/api\/projects\//,
          /^401 GET \/api\/me$/,
        ]),
      ).toEqual([]);
      await coordinator.context.close();
    });

    it('reset password: a link works once; a used or broken link gets an explanation; forgot password', async () => {
      expect(coraId).not.toBe('');
      const link = await adminApi<{ url: string }>(app.url, 'POST', `/api/accounts/${coraId}/password-reset`);
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
      const { page } = recorded;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(link.url);
      await heading(page, 'Choose a new password');
      await expect.poll(() => page.url()).not.toContain('#token');
      await expectAccessible(page, 'reset password');
      const next = 'a brand new passphrase for Cora';
      await page.getByLabel('New password', { exact: true }).fill(next);
      await page.getByLabel('New password again').fill(next);
      await page.getByRole('button', { name: 'Save new password' }).click();
      await heading(page, 'Sign in');
      await page.getByText('Your password is changed.', { exact: false }).waitFor();

      // The same link again: the server's 410 `used`, explained.
      await page.goto(link.url);
      await heading(page, 'Choose a new password');
      await page.getByLabel('New password', { exact: true }).fill(next);
      await page.getByLabel('New password again').fill(next);
      await page.getByRole('button', { name: 'Save new password' }).click();
      await heading(page, 'This link was used already');
      await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
      await expectAccessible(page, 'used link');
      await screenshot(page, 'web-reset-password-used-desktop-en');

      // A link without its token (cut off in a mail program): explained without asking the server.
      recorded.resetCalls();
      await page.goto(`${app.appUrl}accept-invitation`);
      await heading(page, 'This link does not work');
      expect(recorded.calls).toEqual([]);

      // Forgot your password? The same answer for any address.
      await page.goto(`${app.appUrl}sign-in`);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await heading(page, 'Forgot your password?');
      await expectAccessible(page, 'forgot password');
      for (const email of [cora.email, 'nobody@example.org']) {
        recorded.resetCalls();
        await page.goto(`${app.appUrl}forgot-password`);
        await page.getByLabel('E-mail address').fill(email);
        await page.getByRole('button', { name: 'Send me a link' }).click();
        await page.getByText('If an active account has this address', { exact: false }).waitFor();
        expectCalls(recorded, ['POST /api/password-resets']);
      }
      await screenshot(page, 'web-forgot-password-sent-desktop-en');

      // The new password signs in; the old one does not.
      await signInWithPassword(page, app.appUrl, { email: cora.email, password: cora.password });
      await page.getByText('The e-mail address or the password is not right.').waitFor();
      await signInWithPassword(page, app.appUrl, { email: cora.email, password: next });
      await heading(page, 'Projects');
      expect(
        unexpected(recorded, [/^410 POST \/api\/password-resets\/confirm$/, /^401 POST \/api\/session$/]),
      ).toEqual([]);
      await recorded.context.close();
    });

    it.each([
      ['nl', 'desktop'],
      ['fr', 'desktop'],
      ['nl', 'phone'],
      ['fr', 'phone'],
    ] as const)(
      'the new pages in %s on %s: accessible, no sideways scroll, screenshots',
      async (lang, viewport) => {
        const recorded = await openPage(browser, { viewport, locale: `${lang}-BE` });
        const { page } = recorded;
        if (viewport === 'desktop') await page.setViewportSize({ width: 1280, height: 800 });
        const texts = {
          nl: {
            signIn: 'Aanmelden',
            forgot: 'Wachtwoord vergeten?',
            accept: 'Welkom: kies je wachtwoord',
            reset: 'Kies een nieuw wachtwoord',
            broken: 'Deze link werkt niet',
            projects: 'Projecten',
            people: 'Mensen',
            invited: 'Uitgenodigd',
          },
          fr: {
            signIn: 'Se connecter',
            forgot: 'Mot de passe oublié ?',
            accept: 'Bienvenue : choisissez votre mot de passe',
            reset: 'Choisissez un nouveau mot de passe',
            broken: 'Ce lien ne fonctionne pas',
            projects: 'Projets',
            people: 'Personnes',
            invited: 'Invité',
          },
        }[lang];
        const name = (page: string) => `web-${page}-${viewport}-${lang}`;
        const check = async (where: string) => {
          await expectAccessible(page, `${where} (${lang}, ${viewport})`);
          await expectNoSideScroll(page, `${where} (${lang}, ${viewport})`);
          await screenshot(page, name(where));
        };

        await page.goto(`${app.appUrl}sign-in`);
        await heading(page, texts.signIn);
        await page.getByText(signInLabels[lang as Lang].disclosure).click();
        await check('sign-in');
        await page.getByRole('link', { name: texts.forgot }).click();
        await heading(page, texts.forgot);
        await check('forgot-password');
        // A well-formed token shows the form; the server checks it when the password is sent.
        await page.goto(`${app.appUrl}accept-invitation#token=${'a'.repeat(43)}`);
        await heading(page, texts.accept);
        await check('accept-invitation');
        await page.goto(`${app.appUrl}reset-password#token=${'b'.repeat(43)}`);
        await heading(page, texts.reset);
        await check('reset-password');
        await page.goto(`${app.appUrl}reset-password`);
        await heading(page, texts.broken);
        await check('link-broken');

        // People as the administrator: the invitation form, the accounts with their status, the keys.
        await signIn(page, app.appUrl, lang as Lang);
        await heading(page, texts.projects);
        await page.goto(`${app.appUrl}projects/${demoId}/people`);
        await heading(page, texts.people);
        await page.getByRole('row').filter({ hasText: cora.email }).waitFor();
        await check('people');
        expect(unexpected(recorded, [])).toEqual([]);
        await recorded.context.close();
      },
    );

    it('on a phone in French: an admin creates a staff key for a script and revokes it', async () => {
      const recorded = await openPage(browser, { viewport: 'phone', locale: 'fr-BE' });
      const { page } = recorded;
      await signIn(page, app.appUrl, 'fr');
      await heading(page, 'Projets');
      await page.goto(`${app.appUrl}projects/${demoId}/people`);
      await heading(page, 'Personnes');
      await page.getByRole('button', { name: 'Créer la clé' }).click();
      await page.getByText('Indiquez à qui appartient cette clé.').waitFor();
      await page.locator('#new-key').getByLabel('Nom', { exact: true }).fill('Export nocturne');
      await page.locator('#new-key').getByLabel('Rôle', { exact: true }).selectOption('researcher');
      recorded.resetCalls();
      await page.getByRole('button', { name: 'Créer la clé' }).click();
      await page.getByText('Clé de Export nocturne créée.').waitFor();
      const key = (await page.locator('code.secret').textContent()) ?? '';
      expect(key).toMatch(/^nbk_/);
      await page
        .getByRole('row')
        .filter({ hasText: 'Export nocturne' })
        .filter({ hasText: 'Chercheur' })
        .waitFor();
      await page.getByRole('button', { name: 'Révoquer la clé de Export nocturne' }).click();
      await page
        .getByRole('row')
        .filter({ hasText: 'Export nocturne' })
        .filter({ hasText: /Révoquée/ })
        .waitFor();
      expectCalls(recorded, ['POST /api/keys', 'GET /api/keys', 'DELETE /api/keys/:id']);
      const check = await fetch(`${app.url}/api/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(check.status).toBe(401);
      await expectNoSideScroll(page, 'people on a phone');
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });
    it('in Dutch: an admin removes a person from one project after a confirmation; their other role stays', async () => {
      const dirk = await createAccount(app.url, {
        email: 'dirk@example.org',
        name: 'Dirk Peeters',
        grants: [
          { role: 'researcher', projectId: demoId },
          { role: 'coordinator', projectId: otherId },
        ],
      });
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'nl-BE' });
      const { page } = recorded;
      await signIn(page, app.appUrl, 'nl');
      await heading(page, 'Projecten');
      await page.goto(`${app.appUrl}projects/${demoId}/people`);
      await heading(page, 'Mensen');
      const row = page.getByRole('row').filter({ hasText: 'Dirk Peeters' });
      await row.getByRole('button', { name: 'Van dit project verwijderen: Dirk Peeters' }).click();
      // Nothing changes before the question is answered; cancelling leaves the role.
      await row.getByText('Dirk Peeters van dit project verwijderen? De rol hier vervalt meteen').waitFor();
      expect(
        await row
          .getByRole('button', { name: 'Verwijderen', exact: true })
          .evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await expectAccessible(page, 'people with a removal question');
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'people-remove-question-desktop-nl', false);
      await row.getByRole('button', { name: 'Annuleren' }).click();
      expect(recorded.calls.filter((call) => call.startsWith('PATCH'))).toEqual([]);
      await row.getByRole('button', { name: 'Van dit project verwijderen: Dirk Peeters' }).click();
      recorded.resetCalls();
      await row.getByRole('button', { name: 'Verwijderen', exact: true }).click();
      await page.getByRole('row').filter({ hasText: 'Dirk Peeters' }).waitFor({ state: 'detached' });
      expectCalls(recorded, ['PATCH /api/accounts/:id']);
      const accounts = await adminApi<{ id: string; grants: { role: string; projectId?: string }[] }[]>(
        app.url,
        'GET',
        '/api/accounts',
      );
      expect(accounts.find((account) => account.id === dirk.id)?.grants).toEqual([
        { role: 'coordinator', projectId: otherId },
      ]);
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });
    it('an admin changes a person’s name and the language of their e-mails in place; an empty name is refused', async () => {
      const els = await createAccount(app.url, {
        email: 'els@example.org',
        name: 'Els Maes',
        grants: [{ role: 'coordinator', projectId: otherId }],
      });
      const recorded = await openPage(browser, { viewport: 'desktop', locale: 'en-GB' });
      const { page } = recorded;
      await signIn(page, app.appUrl);
      await heading(page, 'Projects');
      await page.goto(`${app.appUrl}projects/${otherId}/people`);
      await heading(page, 'People');
      const row = page.getByRole('row').filter({ hasText: 'els@example.org' });
      await row.getByRole('button', { name: 'Change name or language: Els Maes' }).click();
      const name = row.getByLabel('Name', { exact: true });
      expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
      await name.fill('  ');
      recorded.resetCalls();
      await row.getByRole('button', { name: 'Save', exact: true }).click();
      await row.getByText('Enter their name.').waitFor();
      expect(recorded.calls.filter((call) => call.startsWith('PATCH'))).toEqual([]);
      await name.fill('Els Maes-Janssens');
      await row.getByLabel('Language', { exact: true }).selectOption('fr');
      await expectAccessible(page, 'people with the details form');
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'people-details-desktop-en', false);
      await row.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('row').filter({ hasText: 'Els Maes-Janssens' }).waitFor();
      expect(await page.locator('form.account-details').count()).toBe(0);
      expectCalls(recorded, ['PATCH /api/accounts/:id']);
      const accounts = await adminApi<{ id: string; name: string; language: string; grants: unknown[] }[]>(
        app.url,
        'GET',
        '/api/accounts',
      );
      expect(accounts.find((account) => account.id === els.id)).toMatchObject({
        name: 'Els Maes-Janssens',
        language: 'fr',
        grants: [{ role: 'coordinator', projectId: otherId }],
      });
      expect(recorded.problems).toEqual([]);
      await recorded.context.close();
    });
  },
);
