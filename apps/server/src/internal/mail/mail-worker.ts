import { createSecret, type MailMessage, type Store } from '@neighbourly/store';
import type { Logger } from 'pino';
import type { ServerConfig } from '../../config.js';
import { issueAccountLink } from '../account-links.js';
import { classifySendError, type MailTransport, smtpTransport } from './mail-transport.js';
import { type RenderedMail, renderMail } from './render-mail.js';

/** Options of {@link startMailWorker}. */
export interface MailWorkerOptions {
  store: Store;
  /** Needs `NEIGHBOURLY_SMTP_URL`, `NEIGHBOURLY_MAIL_FROM` and `NEIGHBOURLY_PUBLIC_URL` (unless `transport`). */
  config: ServerConfig;
  logger: Logger;
  /** How e-mails leave (default: nodemailer over `NEIGHBOURLY_SMTP_URL`). */
  transport?: MailTransport;
  /** A message `sending` for longer than this is claimed again: its worker died (default 10 minutes). */
  staleAfterMs?: number;
  /** Messages claimed per round (default 10). */
  batchSize?: number;
}

/** The running sender: `runOnce` sends what is due now; `stop` waits for the round in progress. */
export interface MailWorker {
  /** Claims and handles the due messages once; resolves how many it handled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** The longest wait between two attempts, however many there were. */
const maxBackoffMs = 6 * 60 * 60 * 1000;

/** What writing a message gave: the e-mail, or why it is no longer needed. */
type Prepared = { mail: RenderedMail } | { cancel: string };

/**
 * Starts the sender of the e-mail queue: every `NEIGHBOURLY_MAIL_POLL_MS` it claims due messages
 * (`store.mail.claimDue`, atomic, so replicas never claim one twice), writes each one (making its one-time link
 * now, so no token rests in the queue), sends it, and records the outcome:
 * - accepted by the mail server: `sent`;
 * - connection failure or a 4xx answer: queued again after `NEIGHBOURLY_MAIL_RETRY_MS × 2^(attempts − 1)`
 *   (at most 6 hours), `failed` after `NEIGHBOURLY_MAIL_MAX_ATTEMPTS` attempts;
 * - a 5xx answer (the address or message is refused for good): `failed` at once;
 * - the invitation was completed, revoked or expired, the wave closed, the account no longer waits for the
 *   link: `cancelled`, nothing sent.
 *
 * Delivery is at least once, not exactly once: if the process dies after the mail server accepted a message and
 * before `sent` is recorded, the message is claimed again once its claim is stale and sent a second time (with
 * a new link; the earlier one then no longer works). Exactly once would need the mail server to take part in
 * a transaction with the database, which SMTP cannot; a rare duplicate is the safe side of losing an e-mail.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { store, config, logger } = options;
  const base = config.NEIGHBOURLY_PUBLIC_URL ?? '';
  const transport =
    options.transport ??
    smtpTransport({ url: config.NEIGHBOURLY_SMTP_URL ?? '', from: config.NEIGHBOURLY_MAIL_FROM ?? '' });
  const staleAfterMs = options.staleAfterMs ?? 10 * 60 * 1000;
  const batchSize = options.batchSize ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function prepare(message: MailMessage): Promise<Prepared> {
    if (message.kind === 'staff-invitation' || message.kind === 'password-reset') {
      const account =
        message.accountId === undefined ? undefined : await store.accounts.get(message.accountId);
      const waiting = message.kind === 'staff-invitation' ? 'invited' : 'active';
      if (account === undefined || account.status !== waiting) return { cancel: 'account-not-waiting' };
      const purpose = message.kind === 'staff-invitation' ? 'invitation' : 'password-reset';
      const link = await issueAccountLink(store, account.id, purpose, base);
      return { mail: renderMail(message.kind, message.language, { name: account.name }, link.url) };
    }
    const invitation =
      message.invitationId === undefined ? undefined : await store.invitations.get(message.invitationId);
    if (invitation === undefined) return { cancel: 'invitation-gone' };
    if (invitation.status === 'completed' || invitation.status === 'revoked') {
      return { cancel: invitation.status };
    }
    if (invitation.expiresAt !== undefined && new Date(invitation.expiresAt) <= new Date()) {
      return { cancel: 'expired' };
    }
    const wave = await store.waves.get(invitation.waveId);
    if (wave === undefined || wave.status === 'closed') return { cancel: 'wave-closed' };
    const project = await store.projects.get(invitation.projectId);
    const contact = await store.respondents.getContact(invitation.respondentId);
    // Each e-mail carries a new link: the token exists only in this message, never in the database.
    const { secret, hash } = createSecret();
    await store.invitations.replaceToken(invitation.id, hash, { allowStarted: true });
    const values = {
      ...(contact?.name === undefined ? {} : { name: contact.name }),
      ...(project === undefined ? {} : { projectName: project.name }),
      waveLabel: wave.label,
    };
    return { mail: renderMail(message.kind, message.language, values, `${base}/s/${secret}`) };
  }

  async function handle(message: MailMessage): Promise<void> {
    // A claimed message always has its address (it goes only when the message is settled); never send blind.
    const to = message.to;
    if (to === undefined) {
      await store.mail.markFailed(message.id, 'no-address');
      return;
    }
    let prepared: Prepared;
    try {
      prepared = await prepare(message);
    } catch (error) {
      logger.error({ err: error, mailId: message.id, kind: message.kind }, 'an e-mail could not be written');
      await retryOrFail(message, 'prepare');
      return;
    }
    if ('cancel' in prepared) {
      await store.mail.cancel(message.id, prepared.cancel);
      logger.info({ mailId: message.id, kind: message.kind, reason: prepared.cancel }, 'e-mail cancelled');
      return;
    }
    try {
      await transport.send({ to, ...prepared.mail });
    } catch (error) {
      const { outcome, code } = classifySendError(error);
      if (outcome === 'fail') {
        await store.mail.markFailed(message.id, code);
        logger.warn({ mailId: message.id, kind: message.kind, code }, 'e-mail refused by the mail server');
      } else {
        await retryOrFail(message, code);
      }
      return;
    }
    await store.mail.markSent(message.id);
    logger.info({ mailId: message.id, kind: message.kind, attempts: message.attempts }, 'e-mail sent');
  }

  async function retryOrFail(message: MailMessage, code: string): Promise<void> {
    if (message.attempts >= config.NEIGHBOURLY_MAIL_MAX_ATTEMPTS) {
      await store.mail.markFailed(message.id, code);
      logger.warn({ mailId: message.id, kind: message.kind, code }, 'e-mail given up after its last attempt');
      return;
    }
    const wait = Math.min(
      maxBackoffMs,
      config.NEIGHBOURLY_MAIL_RETRY_MS * 2 ** Math.max(0, message.attempts - 1),
    );
    await store.mail.markRetry(message.id, {
      nextAttemptAt: new Date(Date.now() + wait).toISOString(),
      error: code,
    });
    logger.info({ mailId: message.id, kind: message.kind, code, waitMs: wait }, 'e-mail will be sent again');
  }

  async function round(): Promise<number> {
    const claimed = await store.mail.claimDue({ limit: batchSize, staleAfterMs });
    for (const message of claimed) await handle(message);
    return claimed.length;
  }

  // One round at a time in this process; the store's atomic claims keep other processes apart.
  let chain: Promise<unknown> = Promise.resolve();
  function runOnce(): Promise<number> {
    const next = chain.then(round);
    chain = next.catch(() => undefined);
    return next;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) => logger.error({ err: error }, 'the e-mail queue could not be read'))
        .finally(schedule);
    }, config.NEIGHBOURLY_MAIL_POLL_MS);
    timer.unref();
  }
  schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await chain;
      transport.close();
    },
  };
}
