import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { signOut, useSignedIn } from './session';

/** Shows its children when signed in, else sends the visitor to the sign-in page (and back afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}

/** The sign-out button of the app bar (only rendered inside {@link RequireSession}). */
export function SignOutButton() {
  const { t } = useTranslation('sign-in');
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        signOut();
        void navigate('/sign-in');
      }}
    >
      {t('signOut')}
    </button>
  );
}
