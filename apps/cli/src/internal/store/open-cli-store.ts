import { existsSync } from 'node:fs';
import type { Project, Store } from '@neighbourly/store';
import { CliError } from '../../cli-error.js';

/** How a command uses its store: `read` needs one that exists (nothing is created), `write` may create it. */
export type StoreUse = 'read' | 'write';

/**
 * Opens the store a URL names (`sqlite:<file>`, `sqlite::memory:`, `mongodb://…`); failures are exit 3. To read,
 * a SQLite file must already exist: opening would otherwise create an empty database where the user mistyped a
 * path.
 */
export async function openCliStore(url: string, use: StoreUse): Promise<Store> {
  const { openStore, parseStoreUrl } = await import('@neighbourly/store');
  if (use === 'read' && url.startsWith('sqlite:')) {
    const { filename } = parseStoreUrl(url) as { filename: string };
    if (filename !== ':memory:' && !existsSync(filename)) {
      throw new CliError(
        'io',
        `--store ${url}: there is no database file ${filename} (nothing was created; "neighbourly import" creates a store)`,
      );
    }
  }
  return openStore(url);
}

/** Runs `work` on an open store and always closes it. */
export async function withStore<T>(
  url: string,
  use: StoreUse,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openCliStore(url, use);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A stored project by slug; exit 1 naming the slug when there is none. */
export async function requireStoredProject(store: Store, slug: string, url: string): Promise<Project> {
  const project = await store.projects.getBySlug(slug);
  if (!project) {
    const { redactStoreUrl } = await import('@neighbourly/store');
    throw new CliError('validation', `the store ${redactStoreUrl(url)} has no project "${slug}"`);
  }
  return project;
}
