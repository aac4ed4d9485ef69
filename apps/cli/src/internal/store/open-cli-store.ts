import type { Project, Store } from '@neighbourly/store';
import { CliError } from '../../cli-error.js';

/** Opens the store a URL names (`sqlite:<file>`, `sqlite::memory:`, `mongodb://…`); failures are exit 3. */
export async function openCliStore(url: string): Promise<Store> {
  const { openStore } = await import('@neighbourly/store');
  return openStore(url);
}

/** Runs `work` on an open store and always closes it. */
export async function withStore<T>(url: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(url);
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
