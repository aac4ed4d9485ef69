import { openSqliteStore } from './open-sqlite-store.js';
import type { Store } from './store.js';
import { describeError, StoreError } from './store-error.js';
import { defaultStoreUrl, parseStoreUrl, redactStoreUrl } from './store-url.js';

/** The package that implements `mongodb://` URLs, loaded only when such a URL is opened. */
export const mongoStorePackage = '@neighbourly/store-mongodb';

interface MongoStoreModule {
  openMongoStore(options: { url: string }): Promise<Store>;
}

/**
 * Opens the store a URL names: `sqlite:./data/neighbourly.db` (the default), `sqlite::memory:`, or
 * `mongodb://…` / `mongodb+srv://…` through `@neighbourly/store-mongodb`, which is imported only then.
 * Errors name the URL without its password: `unsupported-url` for unknown schemes, `driver-missing` when the
 * MongoDB package is not installed, `unavailable` when the database cannot be reached.
 *
 * @example
 * const store = await openStore(process.env.NEIGHBOURLY_STORE ?? defaultStoreUrl);
 */
export async function openStore(url: string = defaultStoreUrl): Promise<Store> {
  let location: ReturnType<typeof parseStoreUrl>;
  try {
    location = parseStoreUrl(url);
  } catch (error) {
    throw new StoreError('unsupported-url', error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const shown = redactStoreUrl(url);
  if (location.kind === 'sqlite') {
    try {
      return await openSqliteStore({ filename: location.filename });
    } catch (error) {
      if (error instanceof StoreError && error.code !== 'unavailable') throw error;
      throw new StoreError('unavailable', `Cannot open the store at "${shown}": ${describeError(error)}`, {
        cause: error,
      });
    }
  }
  let module: MongoStoreModule;
  try {
    module = (await import(/* @vite-ignore */ mongoStorePackage)) as MongoStoreModule;
  } catch (error) {
    throw new StoreError(
      'driver-missing',
      `The store URL "${shown}" needs ${mongoStorePackage}: install it with npm install ${mongoStorePackage}`,
      { cause: error },
    );
  }
  try {
    return await module.openMongoStore({ url: location.url });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      'unavailable',
      `Cannot reach the MongoDB store at "${shown}": ${describeError(error)}`,
      {
        cause: error,
      },
    );
  }
}
