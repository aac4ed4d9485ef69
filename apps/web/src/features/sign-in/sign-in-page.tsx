import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { signInWithKey, signInWithPassword } from './session';
import './sign-in.css';

/** What the sign-in page may have been sent with: where to go afterwards, and a note to show. */
export interface SignInState {
  from?: string;
  notice?: 'invitation-accepted' | 'password-reset';
}

/**
 * The sign-in page: e-mail address and password first (a browser session); an API key behind a disclosure,
 * for administrators and scripts.
 */
export function SignInPage() {
  const { t } = useTranslation('sign-in');
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state as SignInState | null) ?? {};

  async function done() {
    await navigate(state.from ?? '/', { replace: true });
  }

  return (
    <Page title={t('title')}>
      <div className="form narrow sign-in">
        {state.notice === undefined ? null : (
          <div className="notice" role="status">
            <p>{t(`notice.${state.notice}`)}</p>
          </div>
        )}
        <PasswordForm onDone={done} />
        <details className="disclosure">
          <summary>{t('key.disclosure')}</summary>
          <KeyForm onDone={done} />
        </details>
      </div>
    </Page>
  );
}

function PasswordForm({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation('sign-in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errorsFor = useFieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    setError(undefined);
    if (nextMissing.email || nextMissing.password) return;
    setBusy(true);
    try {
      await signInWithPassword(email, password);
      await onDone();
    } catch (problem) {
      setError(problem);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  // A wrong address, a wrong password, a disabled account or too many tries: one neutral answer.
  const refused = error instanceof ApiProblem && (error.status === 401 || error.status === 429);
  const fieldsShown =
    error instanceof ApiProblem && error.errors.some((item) => /^body\.(email|password)/.test(item.path));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>{t('intro')}</p>
      <Field
        label={t('email')}
        errors={[...(missing.email ? [t('emailRequired')] : []), ...errorsFor('body.email')]}
      >
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('password')}
        errors={[
          ...(missing.password ? [t('passwordRequired')] : []),
          ...(refused ? [t('wrongSignIn')] : []),
          ...errorsFor('body.password'),
        ]}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {refused ? (
        <p className="field-hint" role="alert">
          {error.status === 429 ? t('tooManyTries') : t('wrongSignInHint')}
        </p>
      ) : null}
      {error !== undefined && !refused ? <ProblemMessage error={error} fieldsShown={fieldsShown} /> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('submit')}
        </button>
        <Link to="/forgot-password">{t('forgot')}</Link>
      </div>
    </form>
  );
}

function KeyForm({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation('sign-in');
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signInWithKey(key);
      await onDone();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  const keyErrors =
    error instanceof ApiProblem
      ? error.status === 401
        ? [t('key.wrong')]
        : error.fieldErrors('key').length > 0
          ? [t('key.required')]
          : []
      : [];
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('key.intro')}</p>
      <Field label={t('key.label')} hint={t('key.hint')} errors={keyErrors}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            value={key}
            onChange={(event) => setKey(event.target.value)}
          />
        )}
      </Field>
      {error !== undefined && keyErrors.length === 0 ? <ProblemMessage error={error} /> : null}
      <button type="submit" className="secondary" disabled={busy}>
        {t('key.submit')}
      </button>
    </form>
  );
}
