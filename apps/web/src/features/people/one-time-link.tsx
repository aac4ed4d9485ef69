import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLink } from '../../api/types';
import { useFormat } from '../../lib/format';

/**
 * A one-time link (invitation or password reset) shown this once, with a copy button: the server keeps only
 * its hash. Links made here are not e-mailed: the admin passes them on.
 */
export function OneTimeLink({
  link,
  kind,
  name,
}: {
  link: AccountLink;
  kind: 'invitation' | 'password-reset';
  name: string;
}) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const inputId = useId();
  const [copied, setCopied] = useState<boolean>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the link so Ctrl+C copies it.
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      input?.select();
      setCopied(false);
    }
  }

  return (
    <div className="notice one-time-link" role="status">
      <p>
        <strong>{t(`link.${kind}.done`, { name })}</strong>{' '}
        {t(`link.${kind}.once`, { date: format.dateTime(link.expiresAt) })}
      </p>
      <label htmlFor={inputId}>{t(`link.${kind}.label`, { name })}</label>
      <div className="copy-row">
        <input
          id={inputId}
          className="secret"
          readOnly
          value={link.url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('link.copy')}
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {copied === undefined ? '' : copied ? t('link.copied') : t('link.copyByHand')}
      </p>
    </div>
  );
}
