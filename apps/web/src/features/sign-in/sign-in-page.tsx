import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { Field } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { signIn } from './session';

/** The sign-in page: one field for the key. */
export function SignInPage() {
  const { t } = useTranslation('sign-in');
  const navigate = useNavigate();
  const location = useLocation();
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(key);
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from ?? '/', { replace: true });
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  const keyErrors =
    error instanceof ApiProblem
      ? error.status === 401
        ? [t('wrongKey')]
        : error.fieldErrors('key').length > 0
          ? [t('keyRequired')]
          : []
      : [];
  return (
    <Page title={t('title')}>
      <form className="form narrow" onSubmit={submit} noValidate>
        <p>{t('intro')}</p>
        <Field label={t('keyLabel')} hint={t('keyHint')} errors={keyErrors}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={key}
              onChange={(event) => setKey(event.target.value)}
            />
          )}
        </Field>
        {error !== undefined && keyErrors.length === 0 ? <ProblemMessage error={error} /> : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </Page>
  );
}
