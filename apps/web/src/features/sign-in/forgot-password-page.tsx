import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, client } from '../../api/client';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import './sign-in.css';

/**
 * "Forgot your password?": asks the server for a reset link (`POST /api/password-resets`) and always says the
 * same thing afterwards, so the page never tells whether an address has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('sign-in');
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorsFor = useFieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(email.trim() === '');
    setError(undefined);
    if (email.trim() === '') return;
    setBusy(true);
    try {
      await call(client.POST('/api/password-resets', { body: { email: email.trim() } }));
      setSent(true);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('forgotPage.title')}>
      <div className="form narrow sign-in">
        {sent ? (
          <>
            <div className="notice" role="status">
              <p>{t('forgotPage.sent')}</p>
            </div>
            <p>{t('forgotPage.noMail')}</p>
          </>
        ) : (
          <form onSubmit={submit} noValidate aria-labelledby="page-title">
            <p>{t('forgotPage.intro')}</p>
            <Field
              label={t('email')}
              errors={[...(missing ? [t('emailRequired')] : []), ...errorsFor('body.email')]}
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
            {error === undefined ? null : <ProblemMessage error={error} fieldsShown />}
            <button type="submit" className="primary" disabled={busy}>
              {t('forgotPage.submit')}
            </button>
          </form>
        )}
        <p>
          <Link to="/sign-in">{t('backToSignIn')}</Link>
        </p>
      </div>
    </Page>
  );
}
