/**
 * New emergencies as they arrive, for the dashboard's open pages: one poll of the database
 * every few seconds per process (not one per officer), running only while someone listens,
 * each emergency announced once. Reading the database rather than this process's alerts means
 * every instance behind a load balancer tells its own officers, whichever instance took the
 * report.
 */

/** An open emergency as the feed announces it (no narrative, no contact). */
export interface EmergencyNotice {
  code: string;
  provinceId: string | null;
  provinceName: string | null;
  at: Date;
}

export interface EmergencySource {
  /** Open emergencies created or changed since `since` (a reclassification to emergency counts). */
  emergenciesSince(since: Date): Promise<EmergencyNotice[]>;
}

export type EmergencyListener = (notice: EmergencyNotice) => void;

export interface EmergencyFeed {
  /** Starts listening; returns the function that stops. */
  subscribe(listener: EmergencyListener): () => void;
  /** Stops polling and forgets every listener (the server is stopping). */
  close(): void;
}

export interface EmergencyFeedOptions {
  source: EmergencySource;
  intervalMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

/** How far back each poll looks again, so a row committed just before the previous poll's moment is not missed. */
const OVERLAP_MS = 10_000;
const REMEMBERED = 5_000;

export function createEmergencyFeed(options: EmergencyFeedOptions): EmergencyFeed {
  const clock = options.clock ?? (() => new Date());
  const listeners = new Set<EmergencyListener>();
  const announced = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let since = clock();

  const poll = async () => {
    const now = clock();
    try {
      for (const notice of await options.source.emergenciesSince(new Date(since.getTime() - OVERLAP_MS))) {
        if (announced.has(notice.code)) continue;
        announced.add(notice.code);
        if (announced.size > REMEMBERED) announced.delete(announced.values().next().value!);
        for (const listener of listeners) listener(notice);
      }
      since = now;
    } catch (error) {
      options.onError?.(error);
    }
  };

  const start = () => {
    // Only what arrives from now on: a page that opens does not replay older emergencies (the queue shows them).
    since = clock();
    void options.source.emergenciesSince(new Date(since.getTime() - OVERLAP_MS)).then((old) => old.forEach((n) => announced.add(n.code))).catch((error: unknown) => options.onError?.(error));
    timer = setInterval(() => void poll(), options.intervalMs ?? 5_000);
    timer.unref();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    close() {
      listeners.clear();
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
