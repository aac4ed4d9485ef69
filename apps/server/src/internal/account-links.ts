import { type AccountLinkPurpose, createSecret, hashSecret, type Store } from '@neighbourly/store';
import { HttpProblem } from '../http-problem.js';

/** How long a link stays valid: an invitation a week, a password reset an hour. */
export const linkLifetimeMs: Record<AccountLinkPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  'password-reset': 60 * 60 * 1000,
};

const linkPages: Record<AccountLinkPurpose, string> = {
  invitation: 'accept-invitation',
  'password-reset': 'reset-password',
};

/** A link made for an account: the token is shown (or e-mailed) once; the store keeps its hash. */
export interface IssuedLink {
  url: string;
  token: string;
  expiresAt: string;
}

/**
 * Makes a new one-time link of an account, spending its earlier unused links of the same purpose. The token is
 * in the URL's fragment (`/app/accept-invitation#token=…`), which browsers never send to a server.
 */
export async function issueAccountLink(
  store: Store,
  accountId: string,
  purpose: AccountLinkPurpose,
  base: string,
): Promise<IssuedLink> {
  await store.accountLinks.spendAll(accountId, purpose);
  const { secret, hash } = createSecret('');
  const expiresAt = new Date(Date.now() + linkLifetimeMs[purpose]).toISOString();
  await store.accountLinks.create({ accountId, purpose, tokenHash: hash, expiresAt });
  return { url: `${base}/app/${linkPages[purpose]}#token=${secret}`, token: secret, expiresAt };
}

/** Spends a link and resolves its account id; 410 (`invalid`, `expired` or `used`) when it cannot be used. */
export async function useAccountLink(
  store: Store,
  token: string,
  purpose: AccountLinkPurpose,
): Promise<string> {
  const use = await store.accountLinks.use(hashSecret(token), purpose);
  if (use.status === 'used') return use.link.accountId;
  const [reason, detail] =
    use.status === 'expired'
      ? ['expired', 'This link has expired: ask for a new one.']
      : use.status === 'already-used'
        ? ['used', 'This link was used already: ask for a new one.']
        : ['invalid', 'This link is not valid.'];
  throw new HttpProblem(410, 'gone', detail, { reason });
}
