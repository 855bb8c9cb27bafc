/**
 * Libraries that only some requests need, loaded by the first of them rather than at start:
 * exceljs alone is about 30 MB resident, and most processes never write a spreadsheet.
 * Required synchronously (their CommonJS builds), so callers keep their signatures.
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

const requireCjs = createRequire(import.meta.url);

/** exceljs, loaded on first use. */
export function excel(): typeof ExcelJS {
  return requireCjs("exceljs") as typeof ExcelJS;
}
