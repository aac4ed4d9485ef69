import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/queries';
import { signOut, useSession } from './session';
import './sign-in.css';

/**
 * The account menu of the app bar (only when signed in): who is signed in, "Sign out" and, for an account,
 * "Sign out everywhere" (every browser where this account is signed in).
 */
export function AccountMenu() {
  const session = useSession();
  // Nothing before signing in: not even the question who is signed in (it would answer 401).
  return session.status === 'signed-in' ? <SignedInMenu byKey={session.credentials.kind === 'key'} /> : null;
}

function SignedInMenu({ byKey }: { byKey: boolean }) {
  const { t } = useTranslation('sign-in');
  const me = useMe();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // Close on Escape or a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector('button')?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  const account = me.data?.account;
  const label = account?.name ?? (byKey ? t('menu.apiKey') : t('menu.account'));

  async function leave(everywhere: boolean) {
    setBusy(true);
    try {
      await signOut({ everywhere });
    } catch {
      // Signed out in this browser all the same; the server ends a session it could not hear about by itself.
    } finally {
      setBusy(false);
      setOpen(false);
      await navigate('/sign-in');
    }
  }

  return (
    <div className="account-menu" ref={root}>
      <button
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('menu.label')}: </span>
        {label}
      </button>
      <div className="account-panel" id={panelId} hidden={!open}>
        <p className="account-who">
          {account === undefined ? (
            <strong>{label}</strong>
          ) : (
            <>
              <strong>{account.name}</strong>
              <br />
              <span className="muted">{account.email}</span>
            </>
          )}
        </p>
        {me.data === undefined ? null : (
          <p className="muted">{t('menu.role', { role: t(`menu.roles.${me.data.role}`) })}</p>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={() => void leave(false)}>
          {t('signOut')}
        </button>
        {byKey ? null : (
          <button type="button" className="secondary" disabled={busy} onClick={() => void leave(true)}>
            {t('signOutEverywhere')}
          </button>
        )}
      </div>
    </div>
  );
}
