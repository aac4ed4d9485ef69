import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * The server's configuration, read from environment variables and validated at start:
 *
 * - `PORT` (default 3000), `HOST` (default `0.0.0.0`);
 * - `NEIGHBOURLY_STORE`: the store URL (`sqlite:./data/neighbourly.db` by default, `sqlite::memory:`,
 *   `mongodb://…`);
 * - `NEIGHBOURLY_ADMIN_TOKEN`: the first admin key (at least 24 characters); when absent, one is generated at
 *   the first start and printed once;
 * - `NEIGHBOURLY_PUBLIC_URL`: the address people reach the server at (used in invitation links);
 * - `NEIGHBOURLY_LOG_LEVEL`: `fatal`, `error`, `warn`, `info` (default), `debug`, `trace` or `silent`;
 * - `NEIGHBOURLY_TRUST_PROXY`: Express's `trust proxy` setting (hop count, `true`, `false` or a list of
 *   addresses), needed behind a reverse proxy so rate limits see client addresses;
 * - `NEIGHBOURLY_RATE_LIMIT`: requests per minute per client address on public respondent endpoints
 *   (default 120);
 * - `NEIGHBOURLY_BODY_LIMIT`: the largest JSON body accepted (default `1mb`);
 * - `NEIGHBOURLY_SEED_DEMO`: seed the demo project into an empty store at start (default true);
 * - `NEIGHBOURLY_SHUTDOWN_TIMEOUT_MS`: how long a graceful shutdown waits for in-flight requests (default 10000);
 * - `NEIGHBOURLY_SMTP_URL`: the mail server, `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`; without
 *   it e-mail is off. With it, `NEIGHBOURLY_MAIL_FROM` and `NEIGHBOURLY_PUBLIC_URL` are required;
 * - `NEIGHBOURLY_MAIL_FROM`: the sender, e.g. `Zorgzame buurt <enquete@buurt.be>`;
 * - `NEIGHBOURLY_MAIL_RETRY_MS`: the first wait before sending again after a temporary failure, doubled at each
 *   attempt (default 60000); `NEIGHBOURLY_MAIL_MAX_ATTEMPTS`: attempts before giving up (default 8);
 * - `NEIGHBOURLY_MAIL_POLL_MS`: how often the sender looks for due e-mails (default 5000).
 */
export const ServerConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NEIGHBOURLY_STORE: z
    .string()
    .regex(/^(sqlite:.+|mongodb(\+srv)?:\/\/.+)$/, 'must be sqlite:<file>, sqlite::memory: or mongodb://…')
    .default('sqlite:./data/neighbourly.db'),
  NEIGHBOURLY_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters long').optional(),
  NEIGHBOURLY_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  NEIGHBOURLY_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  NEIGHBOURLY_TRUST_PROXY: z
    .string()
    .min(1)
    .transform((value): boolean | number | string => {
      if (value === 'true') return true;
      if (value === 'false') return false;
      return /^\d+$/.test(value) ? Number(value) : value;
    })
    .default(false),
  NEIGHBOURLY_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  NEIGHBOURLY_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size like 1mb or 512kb')
    .default('1mb'),
  NEIGHBOURLY_SEED_DEMO: booleanFromEnv.default(true),
  NEIGHBOURLY_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  NEIGHBOURLY_SMTP_URL: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
      } catch {
        return false;
      }
      // The message never repeats the value: it may hold a password.
    }, 'must be smtp://[user:password@]host[:port] or smtps://…')
    .optional(),
  NEIGHBOURLY_MAIL_FROM: z.string().min(3).max(320).optional(),
  NEIGHBOURLY_MAIL_RETRY_MS: z.coerce.number().int().min(1).max(86_400_000).default(60_000),
  NEIGHBOURLY_MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NEIGHBOURLY_MAIL_POLL_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
});

/** The validated server configuration (see {@link ServerConfigSchema} for the variables). */
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

/** The outcome of {@link loadConfig}: the configuration, or one readable line per invalid variable. */
export type LoadConfigResult = { ok: true; value: ServerConfig } | { ok: false; errors: string[] };

/**
 * Reads and validates the configuration from environment variables. Empty values count as unset.
 *
 * @example
 * const config = loadConfig(process.env);
 * if (!config.ok) { console.error(config.errors.join('\n')); process.exit(1); }
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): LoadConfigResult {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(ServerConfigSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') relevant[key] = value.trim();
  }
  const parsed = ServerConfigSchema.safeParse(relevant);
  if (parsed.success) {
    const missing = mailConfigErrors(parsed.data);
    return missing.length === 0 ? { ok: true, value: parsed.data } : { ok: false, errors: missing };
  }
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
  };
}

/** Whether the server sends e-mail: `NEIGHBOURLY_SMTP_URL` is set. */
export function mailEnabled(config: ServerConfig): boolean {
  return config.NEIGHBOURLY_SMTP_URL !== undefined;
}

/** With an SMTP server, a sender and the public address (e-mails need absolute links) are required too. */
function mailConfigErrors(config: ServerConfig): string[] {
  if (!mailEnabled(config)) return [];
  const errors: string[] = [];
  if (config.NEIGHBOURLY_MAIL_FROM === undefined) {
    errors.push('NEIGHBOURLY_MAIL_FROM: required when NEIGHBOURLY_SMTP_URL is set');
  }
  if (config.NEIGHBOURLY_PUBLIC_URL === undefined) {
    errors.push('NEIGHBOURLY_PUBLIC_URL: required when NEIGHBOURLY_SMTP_URL is set (links in e-mails)');
  }
  return errors;
}

/**
 * A configuration for embedding and tests: the defaults, with `overrides` applied.
 *
 * @example
 * createApp({ store, config: defineConfig({ NEIGHBOURLY_RATE_LIMIT: 10 }) });
 */
export function defineConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...ServerConfigSchema.parse({}), ...overrides };
}
