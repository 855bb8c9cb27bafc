/**
 * The chart the DOCX carries as an image (PNG, drawn with @napi-rs/canvas): cases by risk and
 * by category, side by side, from the protected tables (a "<5" group is merged already, so no
 * bar shows a small count). Null when no canvas or no system font can draw it: the document is
 * complete without it.
 */
import type { ReportTable } from "./report-tables.ts";

const WIDTH = 1120;
const HEIGHT = 560;
const COLOURS = ["#b3261e", "#c8611b", "#2f6db3", "#4b7f52", "#6b5b95", "#8a6d3b", "#3d7f8c", "#7a4f6d", "#5f6b73", "#9c7a2f", "#48633a", "#777"];

export async function reportChartPng(tables: readonly ReportTable[], lang: "vi" | "en" = "vi"): Promise<Buffer | null> {
  let canvas: typeof import("@napi-rs/canvas");
  try {
    canvas = await import("@napi-rs/canvas");
  } catch {
    return null;
  }
  const surface = canvas.createCanvas(WIDTH, HEIGHT);
  const ctx = surface.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  const panels = ["risk", "category"].map((id) => tables.find((t) => t.id === id)).filter((t): t is ReportTable => t !== undefined);
  panels.forEach((table, p) => drawPanel(ctx, table, p * (WIDTH / 2), lang));
  return surface.toBuffer("image/png");
}

type Ctx = ReturnType<ReturnType<typeof import("@napi-rs/canvas").createCanvas>["getContext"]>;

/** Horizontal bars of one table (its total row left out), labelled with their values. */
function drawPanel(ctx: Ctx, table: ReportTable, left: number, lang: "vi" | "en"): void {
  const rows = table.rows.slice(0, -1).map((r) => ({ label: r.label, value: typeof r.cells[0] === "number" ? r.cells[0] : 0, text: String(r.cells[0]) }));
  const max = Math.max(1, ...rows.map((r) => r.value));
  ctx.fillStyle = "#222";
  ctx.font = "bold 22px 'DejaVu Sans', 'Liberation Sans', sans-serif";
  ctx.fillText(table.title, left + 20, 36);
  const top = 60;
  const barHeight = Math.min(36, (520 - top) / Math.max(1, rows.length) - 8);
  rows.forEach((r, i) => {
    const y = top + i * (barHeight + 8);
    ctx.fillStyle = "#333";
    ctx.font = "16px 'DejaVu Sans', 'Liberation Sans', sans-serif";
    ctx.fillText(r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label, left + 20, y + barHeight * 0.7);
    const width = (r.value / max) * 250;
    ctx.fillStyle = COLOURS[i % COLOURS.length]!;
    ctx.fillRect(left + 250, y, width, barHeight);
    ctx.fillStyle = "#111";
    ctx.fillText(lang === "en" ? r.text : r.text.replace(".", ","), left + 256 + width, y + barHeight * 0.7);
  });
}
