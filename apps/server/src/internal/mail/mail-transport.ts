import nodemailer from 'nodemailer';

/** One e-mail handed to the mail server. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mails through an SMTP server; `close` ends its pooled connections. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A nodemailer SMTP transport for `smtp://user:pass@host:587` (STARTTLS when the server offers it) or
 * `smtps://…:465` (TLS from the start), with a small connection pool. The URL (and its password) is given to
 * nodemailer only, never logged.
 */
export function smtpTransport(options: { url: string; from: string }): MailTransport {
  const transporter = nodemailer.createTransport(options.url, { from: options.from });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * What a failure of sending means: `retry` (the connection failed, or the server said 4xx: try later) or
 * `fail` (the server refused for good, 5xx), with a short code for the queue that names no address.
 */
export function classifySendError(error: unknown): { outcome: 'retry' | 'fail'; code: string } {
  const details = error as { responseCode?: unknown; code?: unknown } | null;
  const responseCode = typeof details?.responseCode === 'number' ? details.responseCode : undefined;
  if (responseCode !== undefined && responseCode >= 500 && responseCode < 600) {
    return { outcome: 'fail', code: `smtp-${responseCode}` };
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) {
    return { outcome: 'retry', code: `smtp-${responseCode}` };
  }
  const code = typeof details?.code === 'string' ? details.code.toLowerCase() : '';
  if (code === 'eauth') return { outcome: 'retry', code: 'auth' };
  return { outcome: 'retry', code: /^[a-z0-9-]{1,40}$/.test(code) ? code : 'connection' };
}
