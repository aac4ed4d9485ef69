import { describe, expect, it } from 'vitest';
import { defineConfig, loadConfig, mailEnabled } from './config.js';

describe('loadConfig', () => {
  it('applies defaults and ignores empty values', () => {
    const result = loadConfig({ PORT: '', NEIGHBOURLY_LOG_LEVEL: '  ' });
    expect(result).toEqual({ ok: true, value: defineConfig() });
    expect(defineConfig()).toMatchObject({
      PORT: 3000,
      NEIGHBOURLY_STORE: 'sqlite:./data/neighbourly.db',
      NEIGHBOURLY_BODY_LIMIT: '1mb',
      NEIGHBOURLY_SEED_DEMO: true,
      NEIGHBOURLY_TRUST_PROXY: false,
    });
  });

  it('reads and converts every variable', () => {
    const result = loadConfig({
      PORT: '8080',
      NEIGHBOURLY_STORE: 'mongodb://db.internal:27017/neighbourly',
      NEIGHBOURLY_ADMIN_TOKEN: 'x'.repeat(32),
      NEIGHBOURLY_PUBLIC_URL: 'https://buurt.example.be/',
      NEIGHBOURLY_TRUST_PROXY: '1',
      NEIGHBOURLY_RATE_LIMIT: '30',
      NEIGHBOURLY_SEED_DEMO: 'no',
    });
    expect(result.ok && result.value).toMatchObject({
      PORT: 8080,
      NEIGHBOURLY_PUBLIC_URL: 'https://buurt.example.be',
      NEIGHBOURLY_TRUST_PROXY: 1,
      NEIGHBOURLY_RATE_LIMIT: 30,
      NEIGHBOURLY_SEED_DEMO: false,
    });
  });

  it('names every invalid variable', () => {
    const result = loadConfig({
      PORT: '70000',
      NEIGHBOURLY_STORE: 'postgres://x',
      NEIGHBOURLY_ADMIN_TOKEN: 'short',
      NEIGHBOURLY_PUBLIC_URL: 'ftp://x',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((line) => line.split(':')[0])).toEqual([
      'PORT',
      'NEIGHBOURLY_STORE',
      'NEIGHBOURLY_ADMIN_TOKEN',
      'NEIGHBOURLY_PUBLIC_URL',
    ]);
  });

  it('turns e-mail on with an SMTP URL, and then needs a sender and the public address', () => {
    expect(loadConfig({}).ok && mailEnabled(defineConfig())).toBe(false);
    const secret = 'hunter2-very-secret';
    const bad = loadConfig({ NEIGHBOURLY_SMTP_URL: `http://mailer:${secret}@smtp.example.be` });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain(secret);
    const incomplete = loadConfig({ NEIGHBOURLY_SMTP_URL: `smtp://mailer:${secret}@smtp.example.be:587` });
    expect(incomplete.ok ? [] : incomplete.errors.map((line) => line.split(':')[0])).toEqual([
      'NEIGHBOURLY_MAIL_FROM',
      'NEIGHBOURLY_PUBLIC_URL',
    ]);
    const result = loadConfig({
      NEIGHBOURLY_SMTP_URL: `smtps://mailer:${secret}@smtp.example.be`,
      NEIGHBOURLY_MAIL_FROM: 'Zorgzame buurt <enquete@buurt.example.be>',
      NEIGHBOURLY_PUBLIC_URL: 'https://buurt.example.be',
      NEIGHBOURLY_MAIL_RETRY_MS: '500',
      NEIGHBOURLY_MAIL_MAX_ATTEMPTS: '3',
    });
    expect(result.ok && mailEnabled(result.value)).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      NEIGHBOURLY_MAIL_RETRY_MS: 500,
      NEIGHBOURLY_MAIL_MAX_ATTEMPTS: 3,
    });
  });
});
