/**
 * A small Prometheus registry: counters and histograms with labels, rendered in the text
 * exposition format at /metrics. Small enough to own; no label values ever carry user text.
 */

type Labels = Record<string, string>;

const labelKey = (labels: Labels): string =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}="${String(labels[k]).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`)
    .join(",");

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(value: number, labels?: Labels): void;
}

export interface Metrics {
  counter(name: string, help: string): Counter;
  histogram(name: string, help: string, buckets?: number[]): Histogram;
  /** A value read at scrape time (queue length, uptime). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void;
  render(): Promise<string>;
}

const DEFAULT_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Creates an empty registry; the composition root creates one and hands it to features. */
export function createMetrics(): Metrics {
  const blocks: Array<() => Promise<string[]> | string[]> = [];

  return {
    counter(name, help) {
      const values = new Map<string, number>();
      blocks.push(() => [`# HELP ${name} ${help}`, `# TYPE ${name} counter`, ...(values.size ? [...values].map(([k, v]) => `${name}${k ? `{${k}}` : ""} ${v}`) : [`${name} 0`])]);
      return { inc: (labels = {}, by = 1) => values.set(labelKey(labels), (values.get(labelKey(labels)) ?? 0) + by) };
    },
    histogram(name, help, buckets = DEFAULT_BUCKETS) {
      const series = new Map<string, { counts: number[]; sum: number; count: number }>();
      blocks.push(() => [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`, ...[...series].flatMap(([k, s]) => renderHistogram(name, k, buckets, s))]);
      return {
        observe(value, labels = {}) {
          const key = labelKey(labels);
          const s = series.get(key) ?? { counts: buckets.map(() => 0), sum: 0, count: 0 };
          buckets.forEach((b, i) => { if (value <= b) s.counts[i]! += 1; });
          s.sum += value;
          s.count += 1;
          series.set(key, s);
        },
      };
    },
    gauge(name, help, read) {
      blocks.push(async () => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${await read()}`]);
    },
    async render() {
      const lines: string[] = [];
      for (const block of blocks) lines.push(...(await block()));
      return lines.join("\n") + "\n";
    },
  };
}

function renderHistogram(name: string, key: string, buckets: number[], s: { counts: number[]; sum: number; count: number }): string[] {
  const sep = key ? "," : "";
  return [
    ...buckets.map((b, i) => `${name}_bucket{${key}${sep}le="${b}"} ${s.counts[i]}`),
    `${name}_bucket{${key}${sep}le="+Inf"} ${s.count}`,
    `${name}_sum${key ? `{${key}}` : ""} ${s.sum}`,
    `${name}_count${key ? `{${key}}` : ""} ${s.count}`,
  ];
}
