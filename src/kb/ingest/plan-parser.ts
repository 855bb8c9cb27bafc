/**
 * Plan text to ParsedPlan: the ingestion pipeline's pure core (no I/O). Anyone can run it
 * on a new plan in the same style; nothing is keyed to a file name or a document number.
 * What it cannot read it says in the report, and text the source lost is recorded as a
 * gap, never filled in.
 */
import type { Gap, IngestReport, ParsedPlan } from "../types.ts";
import type { Registry } from "../registry/registry.ts";
import { parseAppendix } from "./appendix-parser.ts";
import { parseBody } from "./assignment-parser.ts";
import { parseBudget, parseGaps, parseReporting, parseTargets } from "./facts-parser.ts";
import { findImplements, findLegalBasis } from "./legal-basis-parser.ts";
import {
  docTypeOf,
  findDocumentNumber,
  findIssuer,
  findPeriod,
  findProvince,
  findSignedDate,
  findSigner,
  findTitle,
} from "./metadata-parser.ts";
import { checksumOf, createPlanText, normalisePlanText, type Line, type PlanText } from "./plan-text.ts";
import { flattenSections, parseSectionTree, toSections, type SectionNode } from "./section-parser.ts";

export interface ParseResult {
  plan: ParsedPlan;
  report: IngestReport;
}

function firstBodyLine(top: readonly SectionNode[]): number {
  return top.find((n) => n.kind === "roman")?.headingLine?.number ?? Number.MAX_SAFE_INTEGER;
}

function frontMatter(pt: PlanText, top: readonly SectionNode[]): Line[] {
  const limit = firstBodyLine(top);
  return pt.lines.filter((l) => l.number < limit);
}

function readMetadata(pt: PlanText, top: readonly SectionNode[], registry: Registry, problems: string[]) {
  const bodyStart = firstBodyLine(top);
  const docNumber = findDocumentNumber(pt, bodyStart);
  const title = findTitle(pt);
  const signer = findSigner(pt);
  const signedDate = findSignedDate(pt, docNumber, bodyStart);
  const province = findProvince(pt, registry, signer?.value ?? null);
  if (!docNumber) problems.push("Không tìm thấy số văn bản (no document number found)");
  if (!signedDate) problems.push("Không tìm thấy ngày ký (no signing date found)");
  if (!signer) problems.push("Không tìm thấy người ký (no signer found)");
  if (!province.asWritten) {
    problems.push(province.inference
      ? `Tỉnh được suy ra, không đọc từ văn bản (province inferred, not read): ${province.inference.reason}`
      : "Văn bản không ghi tên tỉnh và không suy ra được (province neither named nor inferable)");
  }
  const front = frontMatter(pt, top);
  return {
    documentNumber: docNumber?.value ?? "",
    docType: docTypeOf(docNumber?.value ?? null, pt.lines.find((l) => l.plain !== "")?.plain ?? null),
    title: title?.value ?? "",
    province,
    issuer: findIssuer(pt),
    signer: signer?.value ?? null,
    signedDate,
    period: findPeriod(pt, title?.value ?? null, signedDate),
    legalBasis: findLegalBasis(pt, front),
    implements: findImplements(pt, front, title?.span ?? null),
  };
}

/** Parses one plan text. `sourceFile` is recorded as given. */
export function parsePlan(rawText: string, sourceFile: string, registry: Registry): ParseResult {
  const text = normalisePlanText(rawText);
  const pt = createPlanText(text);
  const problems: string[] = [];
  const top = parseSectionTree(pt);
  const nodes = flattenSections(top);
  const meta = readMetadata(pt, top, registry, problems);
  const docKey = meta.documentNumber || sourceFile;
  const ctx = { pt, registry };
  const body = parseBody(ctx, docKey, top);
  const appendix = nodes.filter((n) => n.kind === "appendix").map((n) => parseAppendix(ctx, docKey, n));
  const gapResult = parseGaps(pt, top);
  const endYear = meta.period.end ? Number(meta.period.end.slice(0, 4)) : null;
  const gaps: Gap[] = [...gapResult.gaps, ...appendix.flatMap((a) => a.gaps)];
  const plan: ParsedPlan = {
    ...meta,
    otherNumbers: [],
    sourceFile,
    checksum: checksumOf(text),
    text,
    sections: toSections(pt, nodes),
    tasks: [...body.tasks, ...appendix.flatMap((a) => a.tasks)],
    assignments: [...body.assignments, ...appendix.flatMap((a) => a.assignments)],
    targets: parseTargets(pt, nodes, endYear),
    budgetLines: parseBudget(pt, nodes),
    reportingDuties: parseReporting(ctx, body.units),
    gaps,
  };
  problems.push(...body.problems, ...appendix.flatMap((a) => a.problems), ...gapResult.problems);
  return { plan, report: reportOf(plan, problems) };
}

function reportOf(plan: ParsedPlan, problems: string[]): IngestReport {
  const byRole = (role: string) => plan.assignments.filter((a) => a.role === role).length;
  const byKind = (kind: string) => plan.tasks.filter((t) => t.kind === kind).length;
  return {
    sourceFile: plan.sourceFile,
    documentNumber: plan.documentNumber || null,
    counts: {
      sections: plan.sections.length,
      tasks: plan.tasks.length,
      programmes: byKind("programme"),
      duties: byKind("duty"),
      recommendations: byKind("recommendation"),
      assignments: plan.assignments.length,
      lead: byRole("lead"),
      coordinate: byRole("coordinate"),
      responsible: byRole("responsible"),
      requested: byRole("requested"),
      unresolvedAgencies: plan.assignments.filter((a) => a.agencyId === null).length,
      targets: plan.targets.length,
      budgetLines: plan.budgetLines.length,
      reportingDuties: plan.reportingDuties.length,
      legalBasis: plan.legalBasis.length,
      gaps: plan.gaps.length,
    },
    problems,
  };
}
