/**
 * A circuit breaker for the model server: after `failureThreshold` consecutive failed calls it
 * opens and calls are skipped (the user gets the deterministic answer at once instead of
 * waiting for another timeout); after `coolDownMs` one trial call is let through, and its
 * result closes or re-opens the circuit.
 */

export type BreakerState = "closed" | "open" | "half_open";

export interface CircuitBreakerOptions {
  failureThreshold?: number;
  coolDownMs?: number;
  /** Clock in ms; injected so tests need not sleep through a cool-down. */
  now?: () => number;
}

export interface CircuitBreaker {
  /** True when a call may go out now; in half-open state only the first caller gets true. */
  tryAcquire(): boolean;
  success(): void;
  failure(): void;
  state(): BreakerState;
}

/** Creates a breaker, closed. */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? 5;
  const coolDownMs = options.coolDownMs ?? 30_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;

  const state = (): BreakerState => {
    if (openedAt === null) return "closed";
    return now() - openedAt >= coolDownMs ? "half_open" : "open";
  };
  return {
    state,
    tryAcquire() {
      const s = state();
      if (s === "closed") return true;
      if (s === "open" || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    success() {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    failure() {
      failures += 1;
      const wasTrial = trialInFlight;
      trialInFlight = false;
      if (wasTrial || failures >= threshold) openedAt = now();
    },
  };
}
