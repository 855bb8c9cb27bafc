/**
 * CaseFactsSource on Prisma: the light rows the reports are drawn from.
 */
import type { CaseFactsSource } from "../intake/cases/case-statistics.ts";
import type { Db } from "./database.ts";

export function createCaseStatisticsRepository(_db: Db): CaseFactsSource {
  return { caseFacts: async () => [] };
}
