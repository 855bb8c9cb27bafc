/**
 * Pages of a plan read from a PDF or a scan: which page a quote stands on, for citations that
 * say "trang 5". A plan read from plain text has no pages.
 */

/** The page a quote sits on: its first occurrence at or after `from` (a text offset). */
export function pageOfQuote(text: string, linePages: ReadonlyArray<number | null>, quote: string, from = 0): number | null {
  let at = text.indexOf(quote, from);
  if (at < 0) at = text.indexOf(quote);
  if (at < 0) return null;
  let line = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return linePages[line] ?? null;
}
