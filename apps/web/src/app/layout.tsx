import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/sign-in';
import { LanguageSwitch } from '../ui/language-switch';
import { Page } from '../ui/page';

/** The app bar (name, language switch, the account menu when signed in) around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const first = useRef(true);
  // After navigating, move focus to the new page's heading so screen readers and keyboards start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, on purpose.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('page-title');
    heading?.focus();
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-bar">
        <Link className="app-name" to="/" aria-label={t('app.home')}>
          {t('app.name')}
        </Link>
        <div className="app-bar-tools">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Link to="/">{t('notFound.back')}</Link>
    </Page>
  );
}
