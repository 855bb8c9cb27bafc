/**
 * Reading and checking the registry data files (content/registry/*.json). Agencies,
 * provinces and the 2025 successor table are data an administrator can correct without
 * touching code; a malformed file stops the program with the file and field named.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Agency, Province, Successor } from "../types.ts";

/** Where the shipped registry files live. */
export const DEFAULT_REGISTRY_DIR = fileURLToPath(new URL("../../../content/registry/", import.meta.url));

/** Thrown when a registry file cannot be read or does not have the expected shape. */
export class RegistryDataError extends Error {
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = "RegistryDataError";
  }
}

/** An agency as stored: `aliasTemplates` ("Báo {province}") expand over every province name. */
export interface AgencyRecord extends Agency {
  aliasTemplates?: string[];
}

/** A known signer of provincial documents: lets ingestion infer the province of a plan that never names it. */
export interface Signer {
  name: string;
  provinceId: string;
  role: string;
  roleEn: string;
  source: string;
}

export interface RegistryData {
  agencies: AgencyRecord[];
  provinces: Province[];
  successors: Successor[];
  signers: Signer[];
}

const agencySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  english: z.string().min(1),
  level: z.enum(["central", "province", "district", "commune", "organisation", "court"]),
  aliases: z.array(z.string().min(1)),
  aliasTemplates: z.array(z.string().includes("{province}")).optional(),
});

const provinceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  english: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Cities and towns inside the province (as it was before 1 July 2025) that people name instead of it ("Buôn Ma Thuột"); never ward names shared with other provinces. */
  places: z.array(z.string().min(1)).optional(),
  /**
   * Cities whose name is also a common word or a person's name ("Vinh"): read only as spelled (so "Vĩnh" is not "Vinh") and
   * after a word of place ("ở Vinh", "thành phố Vinh", "in Vinh") or right before the province's name ("Vinh, Nghệ An").
   */
  placesAfterPlaceWord: z.array(z.string().min(1)).optional(),
  /** Districts (before the 2025 reorganisation) and towns, read only for where a reported child is ("xã Ia Grai"), not in questions. */
  districts: z.array(z.string().min(1)).optional(),
  today: z
    .object({
      provinceId: z.string(),
      name: z.string(),
      mergedWith: z.array(z.string()),
      centre: z.string(),
      effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      legalBasis: z.string(),
    })
    .nullable(),
});

const signerSchema = z.object({
  name: z.string().min(1),
  provinceId: z.string().min(1),
  role: z.string(),
  roleEn: z.string(),
  source: z.string(),
});

const successorSchema = z.object({
  fromAgencyId: z.string(),
  toAgencyIds: z.array(z.string()).min(1),
  note: z.string(),
  noteEn: z.string(),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  legalBasis: z.string(),
  scope: z.string(),
  verified: z.boolean(),
});

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new RegistryDataError(path, "cannot be read as JSON", { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RegistryDataError(path, z.prettifyError(parsed.error));
  return parsed.data;
}

/** Reads agencies.json, provinces.json and successors.json from `dir`. */
export function readRegistryData(dir: string = DEFAULT_REGISTRY_DIR): RegistryData {
  return {
    agencies: readJson(dir, "agencies.json", z.array(agencySchema)),
    provinces: readJson(dir, "provinces.json", z.array(provinceSchema)),
    successors: readJson(dir, "successors.json", z.array(successorSchema)),
    signers: existsSync(join(dir, "signers.json")) ? readJson(dir, "signers.json", z.array(signerSchema)) : [],
  };
}

/** Cross-references that JSON schemas cannot see: unknown ids in successors and mergers. */
export function checkReferences(data: RegistryData): string[] {
  const agencyIds = new Set(data.agencies.map((a) => a.id));
  const provinceIds = new Set(data.provinces.map((p) => p.id));
  const problems: string[] = [];
  for (const s of data.successors) {
    for (const id of [s.fromAgencyId, ...s.toAgencyIds]) {
      if (!agencyIds.has(id)) problems.push(`successor names unknown agency "${id}"`);
    }
    if (s.scope !== "all" && !provinceIds.has(s.scope)) problems.push(`successor scope "${s.scope}" is not a province id`);
  }
  for (const s of data.signers) {
    if (!provinceIds.has(s.provinceId)) problems.push(`signer ${s.name} names unknown province "${s.provinceId}"`);
  }
  for (const p of data.provinces) {
    for (const id of [p.today?.provinceId, ...(p.today?.mergedWith ?? [])]) {
      if (id !== undefined && !provinceIds.has(id)) problems.push(`province ${p.id} names unknown province "${id}"`);
    }
  }
  return problems;
}
