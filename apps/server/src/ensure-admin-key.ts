import { createSecret, hashSecret, type Store } from '@neighbourly/store';

/** What {@link ensureAdminKey} did. */
export type EnsureAdminKeyResult =
  | { created: false }
  /** A key was created; `generatedKey` is set when the server made it up and must show it once. */
  | { created: true; keyId: string; generatedKey?: string };

/**
 * Makes sure an admin can log in. With `token` (from `NEIGHBOURLY_ADMIN_TOKEN`): an admin key with that
 * secret exists (created when missing). Without: when the store has no active admin key, one is generated and
 * returned once so it can be printed; it is never stored in clear.
 */
export async function ensureAdminKey(store: Store, token?: string): Promise<EnsureAdminKeyResult> {
  if (token !== undefined) {
    const keyHash = hashSecret(token);
    if ((await store.apiKeys.getByHash(keyHash)) !== undefined) return { created: false };
    const key = await store.apiKeys.create({
      name: 'admin (NEIGHBOURLY_ADMIN_TOKEN)',
      role: 'admin',
      keyHash,
    });
    await store.audit.append({
      actor: 'system',
      action: 'key.create',
      target: key.id,
      details: { role: 'admin' },
    });
    return { created: true, keyId: key.id };
  }
  let after: string | undefined;
  for (;;) {
    const keys = await store.apiKeys.list({ limit: 1000, ...(after === undefined ? {} : { after }) });
    if (keys.some((key) => key.role === 'admin' && key.revokedAt === undefined)) return { created: false };
    if (keys.length < 1000) break;
    after = keys[keys.length - 1]?.id;
  }
  const { secret, hash } = createSecret('nbk_');
  const key = await store.apiKeys.create({
    name: 'admin (generated at first start)',
    role: 'admin',
    keyHash: hash,
  });
  await store.audit.append({
    actor: 'system',
    action: 'key.create',
    target: key.id,
    details: { role: 'admin' },
  });
  return { created: true, keyId: key.id, generatedKey: secret };
}
