/** Small steps the dashboard tests share that go around the dashboard (what a reporter does). */
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { caseCodeKey } from "../../../src/intake/cases/case-code.ts";
import { testCipher } from "../../intake/cases/case-test-support.ts";
import type { DashboardHarness } from "./dashboard-test-support.ts";

/** A reporter's later addition to the case, stored as the /status chat stores it. */
export async function addition(h: DashboardHarness, code: string, text: string): Promise<void> {
  const store = createCaseRepository(h.database.client, testCipher);
  const record = await store.findByCodeKey(caseCodeKey(code)!);
  await store.addAddition(record!.id, text, [], h.clock.now);
}
