import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { call, client } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import type { SignInState } from './sign-in-page';
import './sign-in.css';

/** The server's rule for a new password (PasswordSchema in apps/server). */
export const minPasswordLength = 12;

/** What a one-time link is for: accepting an invitation, or resetting a password. */
export type LinkPurpose = 'invitation' | 'password-reset';

/** The token of a link's fragment (`#token=…`), or undefined. */
export function tokenOfFragment(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  return /^[A-Za-z0-9_-]{10,128}$/.test(token) ? token : undefined;
}

/** Why a link cannot be used, from the server's 410 `reason` (or a token that is not even well-formed). */
type LinkReason = 'invalid' | 'expired' | 'used';

/**
 * The page a one-time link opens (`/app/accept-invitation#token=…`, `/app/reset-password#token=…`): choose a
 * password twice, then go to sign-in with a note. The token is read from the fragment, which browsers never
 * send to a server (nor in a Referer), and removed from the address bar at once.
 */
export function OneTimeLinkPage({ purpose }: { purpose: LinkPurpose }) {
  const { t } = useTranslation('sign-in');
  const navigate = useNavigate();
  const location = useLocation();
  const [token] = useState(() => tokenOfFragment(window.location.hash));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checks, setChecks] = useState<{ short?: boolean; mismatch?: boolean }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errorsFor = useFieldErrors(error);
  const texts = purpose === 'invitation' ? 'accept' : 'reset';

  // Take the token out of the address bar (and so out of the history and any bookmark).
  useEffect(() => {
    if (window.location.hash !== '') {
      void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
    }
  }, [navigate, location.pathname, location.search]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = { short: password.length < minPasswordLength, mismatch: password !== repeat };
    setChecks(next);
    setError(undefined);
    if (next.short || next.mismatch || token === undefined) return;
    setBusy(true);
    try {
      const body = { token, password };
      await call(
        purpose === 'invitation'
          ? client.POST('/api/account-invitations/accept', { body })
          : client.POST('/api/password-resets/confirm', { body }),
      );
      const state: SignInState = {
        notice: purpose === 'invitation' ? 'invitation-accepted' : 'password-reset',
      };
      await navigate('/sign-in', { replace: true, state });
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  const reason: LinkReason | undefined =
    token === undefined
      ? 'invalid'
      : error instanceof ApiProblem && error.status === 410
        ? ((['invalid', 'expired', 'used'] as const).find((known) => known === error.reason) ?? 'invalid')
        : undefined;
  if (reason !== undefined) return <UnusableLink purpose={purpose} reason={reason} />;

  return (
    <Page title={t(`${texts}.title`)}>
      <form className="form narrow sign-in" onSubmit={submit} noValidate aria-labelledby="page-title">
        <p>{t(`${texts}.intro`)}</p>
        <Field
          label={t('newPassword')}
          hint={t('passwordRule', { count: minPasswordLength })}
          errors={[
            ...(checks.short ? [t('passwordTooShort', { count: minPasswordLength })] : []),
            ...errorsFor('body.password'),
          ]}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('repeatPassword')} errors={checks.mismatch ? [t('passwordMismatch')] : []}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          )}
        </Field>
        {error === undefined ? null : <ProblemMessage error={error} fieldsShown />}
        <button type="submit" className="primary" disabled={busy}>
          {t(`${texts}.submit`)}
        </button>
      </form>
    </Page>
  );
}

/** A designed explanation of a link that cannot be used, with what to do next. */
function UnusableLink({ purpose, reason }: { purpose: LinkPurpose; reason: LinkReason }) {
  const { t } = useTranslation('sign-in');
  return (
    <Page title={t(`gone.${reason}.title`)}>
      <div className="empty-state gone">
        <p className="empty-state-title">{t(`gone.${reason}.text`)}</p>
        <p>{t(purpose === 'invitation' ? 'gone.askInvitation' : 'gone.askReset')}</p>
        <p className="gone-links">
          <Link to="/sign-in">{t('backToSignIn')}</Link>
          {purpose === 'password-reset' ? <Link to="/forgot-password">{t('gone.newReset')}</Link> : null}
        </p>
      </div>
    </Page>
  );
}
