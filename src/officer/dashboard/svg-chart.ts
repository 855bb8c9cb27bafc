/**
 * Bar charts drawn on the server as SVG: no chart library, no script (the CSP allows none
 * inline), and every label goes through the `html` template so a category or province name
 * can only ever be text. Each chart is an image with a title and description for screen
 * readers, its bars carry their numbers, and it scales to a phone's width through its viewBox.
 * The page shows the same numbers in a table beside it.
 */
import { html, type SafeHtml } from "./html.ts";

export interface ChartBar {
  label: string;
  value: number;
  /** What the bar says (a count, "75% (3/4)", "1 giờ 5 phút"); the value when absent. */
  valueText?: string;
}

export interface ChartSpec {
  /** Unique on the page: the title and description are referenced by id. */
  id: string;
  title: string;
  desc: string;
  bars: ChartBar[];
  /** The value a full bar stands for; the largest bar when absent. */
  max?: number;
}

const WIDTH = 600;
const ROW = 28;
const LABEL_WIDTH = 210;
const BAR_AREA = 300;
const MAX_LABEL = 30;

/** Horizontal bars, one row each, label on the left and the number after the bar: reads well on a narrow screen. */
export function barChart(spec: ChartSpec): SafeHtml {
  const scale = scaleOf(spec);
  const height = Math.max(1, spec.bars.length) * ROW + 8;
  const rows = spec.bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const length = Math.round(scale(bar.value) * BAR_AREA);
    return html`<g class="bar"><text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${shorten(bar.label)}</text>
<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${length}" height="${ROW - 8}" rx="2"></rect>
<text class="chart-value" x="${LABEL_WIDTH + length + 6}" y="${y + 18}">${bar.valueText ?? String(bar.value)}</text></g>`;
  });
  return frame(spec, height, rows, "chart");
}

const COLUMN_HEIGHT = 160;

/** Vertical columns in time order (weeks): the number above each column, every few labels below when there are many. */
export function columnChart(spec: ChartSpec): SafeHtml {
  const scale = scaleOf(spec);
  const count = Math.max(1, spec.bars.length);
  const slot = (WIDTH - 20) / count;
  const labelEvery = Math.ceil(count / 13);
  const top = 20;
  const columns = spec.bars.map((bar, i) => {
    const x = 10 + i * slot;
    const h = Math.round(scale(bar.value) * COLUMN_HEIGHT);
    const middle = round(x + slot / 2);
    return html`<g class="bar"><rect x="${round(x + slot * 0.15)}" y="${top + COLUMN_HEIGHT - h}" width="${round(slot * 0.7)}" height="${h}" rx="1"></rect>
<text class="chart-value" x="${middle}" y="${top + COLUMN_HEIGHT - h - 4}" text-anchor="middle">${bar.valueText ?? String(bar.value)}</text>
${i % labelEvery === 0 ? html`<text class="chart-label" x="${middle}" y="${top + COLUMN_HEIGHT + 16}" text-anchor="middle">${shorten(bar.label)}</text>` : null}</g>`;
  });
  const axis = html`<line class="chart-axis" x1="10" x2="${WIDTH - 10}" y1="${top + COLUMN_HEIGHT}" y2="${top + COLUMN_HEIGHT}"></line>`;
  return frame(spec, top + COLUMN_HEIGHT + 24, [axis, ...columns], count > 26 ? "chart dense" : "chart");
}

/** The svg element: a scalable image named by its title and description. `dense` charts (many weeks) write smaller numbers. */
function frame(spec: ChartSpec, height: number, content: SafeHtml[], className: string): SafeHtml {
  return html`<svg class="${className}" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>
${content}</svg>`;
}

/** Fraction of a full bar for a value; an all-zero chart draws no bars rather than dividing by zero. */
function scaleOf(spec: ChartSpec): (value: number) => number {
  const max = spec.max ?? Math.max(0, ...spec.bars.map((b) => b.value));
  return (value) => (max > 0 ? Math.min(1, Math.max(0, value) / max) : 0);
}

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
