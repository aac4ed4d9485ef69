// The sign-in feature's public face: the rest of the app uses only these.
export { RequireSession, SignOutButton } from './require-session';
export { useSignedIn } from './session';
export { SignInPage } from './sign-in-page';
