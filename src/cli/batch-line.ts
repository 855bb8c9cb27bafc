/**
 * A line of a `--batch` input: plain text, or a JSON record (one object per line, as exported from a
 * spreadsheet or another tool) whose text is in one of `fields`. A record's other fields (an id, a
 * label, a note) are not words of the report or the question; its `id` is printed back.
 */
export interface BatchLine {
  text: string;
  id?: string | number;
}

export function readBatchLine(line: string, fields: readonly string[]): BatchLine {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return { text: line };
  let record: unknown;
  try {
    record = JSON.parse(trimmed);
  } catch {
    return { text: line };
  }
  if (!record || typeof record !== "object" || Array.isArray(record)) return { text: line };
  const fieldsOf = record as Record<string, unknown>;
  const field = fields.find((f) => typeof fieldsOf[f] === "string");
  if (!field) return { text: line };
  const id = fieldsOf.id;
  return { text: fieldsOf[field] as string, ...(typeof id === "string" || typeof id === "number" ? { id } : {}) };
}

/** The record's id first, then what was printed for it. */
export const withId = <T extends object>(id: BatchLine["id"], out: T): T => (id === undefined ? out : ({ id, ...out } as T));
