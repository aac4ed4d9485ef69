// The sign-in feature's public face: the rest of the app uses only these.
export { AccountMenu } from './account-menu';
export { ForgotPasswordPage } from './forgot-password-page';
export { OneTimeLinkPage } from './one-time-link-page';
export { RequireSession } from './require-session';
export { onSessionChange, useSignedIn } from './session';
export { SignInPage } from './sign-in-page';
