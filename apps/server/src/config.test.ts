import { describe, expect, it } from 'vitest';
import { defineConfig, loadConfig } from './config.js';

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
});
