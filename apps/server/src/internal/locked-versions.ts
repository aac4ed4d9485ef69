import type { Store, SurveyVersion } from '@neighbourly/store';

/** How many locked survey versions one server process keeps in memory. */
const capacity = 200;

/**
 * Reads survey versions through a small in-process cache of the **locked** ones: a version is locked once a
 * wave uses it and never changes after that (the store enforces it), so every server replica may keep it
 * without any coordination. Respondents' submissions then skip re-reading and re-parsing the definition
 * (about a sixth of the server's time per submission before). Unlocked versions are always read fresh.
 */
export class LockedVersionCache {
  readonly #versions = new Map<string, SurveyVersion>();

  constructor(private readonly store: Store) {}

  async get(surveyId: string, version: number): Promise<SurveyVersion | undefined> {
    const key = `${surveyId}@${version}`;
    const cached = this.#versions.get(key);
    if (cached !== undefined) return cached;
    const read = await this.store.surveys.getVersion(surveyId, version);
    if (read?.locked) {
      if (this.#versions.size >= capacity) {
        const oldest = this.#versions.keys().next();
        if (!oldest.done) this.#versions.delete(oldest.value);
      }
      this.#versions.set(key, read);
    }
    return read;
  }
}
