-- CreateTable
CREATE TABLE "CaseClosure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "duplicateOf" TEXT,
    "movedTo" TEXT,
    "noteEncrypted" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "officer" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseClosure_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "noteEncrypted" TEXT,
    "dueAt" DATETIME NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    "completedBy" TEXT,
    "remindedAt" DATETIME,
    CONSTRAINT "CaseTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CaseClosure_caseId_createdAt_idx" ON "CaseClosure"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseClosure_kind_createdAt_idx" ON "CaseClosure"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "CaseTask_caseId_dueAt_idx" ON "CaseTask"("caseId", "dueAt");

-- CreateIndex
CREATE INDEX "CaseTask_completedAt_dueAt_idx" ON "CaseTask"("completedAt", "dueAt");
