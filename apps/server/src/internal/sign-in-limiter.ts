/** How many failed sign-ins are allowed per window, per e-mail address and per client address. */
export interface SignInLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

/** Defaults: 5 failures per e-mail address and 20 per client address in 15 minutes. */
export const defaultSignInLimits: SignInLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

interface Counter {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed sign-ins in this process, keyed by the e-mail address as typed (lower case) — whether or not
 * an account has it, so a lock says nothing about existence — and by client address. While either count is
 * at its limit, every sign-in of that key is refused with 429, even with the right password.
 */
export class SignInLimiter {
  readonly #counters = new Map<string, Counter>();
  readonly #limits: SignInLimits;
  readonly #now: () => number;

  constructor(limits: SignInLimits = defaultSignInLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Seconds to wait before this e-mail address may try again from this client address, or 0. */
  retryAfter(email: string, address: string): number {
    const now = this.#now();
    let wait = 0;
    for (const [key, limit] of this.#keys(email, address)) {
      const counter = this.#counters.get(key);
      if (counter === undefined) continue;
      if (counter.resetAt <= now) this.#counters.delete(key);
      else if (counter.failures >= limit) wait = Math.max(wait, Math.ceil((counter.resetAt - now) / 1000));
    }
    return wait;
  }

  /** Records a failed sign-in. */
  fail(email: string, address: string): void {
    const now = this.#now();
    for (const [key] of this.#keys(email, address)) {
      const counter = this.#counters.get(key);
      if (counter === undefined || counter.resetAt <= now) {
        this.#counters.set(key, { failures: 1, resetAt: now + this.#limits.windowMs });
      } else counter.failures += 1;
    }
    if (this.#counters.size > 100_000) this.#sweep(now);
  }

  /** Forgets the failures of an e-mail address after a successful sign-in. */
  succeed(email: string): void {
    this.#counters.delete(`account:${email}`);
  }

  #keys(email: string, address: string): [string, number][] {
    return [
      [`account:${email}`, this.#limits.perAccount],
      [`address:${address}`, this.#limits.perAddress],
    ];
  }

  #sweep(now: number): void {
    for (const [key, counter] of this.#counters) if (counter.resetAt <= now) this.#counters.delete(key);
  }
}
