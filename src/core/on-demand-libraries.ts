/**
 * Libraries that only some requests need, loaded by the first of them rather than at start:
 * exceljs alone is about 30 MB resident, and most processes never write a spreadsheet; axios
 * (about 12 MB) serves only the Zalo channel, which most instances do not configure.
 * Required synchronously (their CommonJS builds), so callers keep their signatures.
 */
import { createRequire } from "node:module";
import type Axios from "axios";
import type ExcelJS from "exceljs";

const requireCjs = createRequire(import.meta.url);

/** exceljs, loaded on first use. */
export function excel(): typeof ExcelJS {
  return requireCjs("exceljs") as typeof ExcelJS;
}

/** axios, loaded by the first Zalo client. */
export function axios(): typeof Axios {
  return requireCjs("axios") as typeof Axios;
}
