-- CreateTable
CREATE TABLE "CaseClosure" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "duplicateOf" TEXT,
    "movedTo" TEXT,
    "noteEncrypted" TEXT NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "officer" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTask" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "noteEncrypted" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "completedBy" TEXT,
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "CaseTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseClosure_caseId_createdAt_idx" ON "CaseClosure"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseClosure_kind_createdAt_idx" ON "CaseClosure"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "CaseTask_caseId_dueAt_idx" ON "CaseTask"("caseId", "dueAt");

-- CreateIndex
CREATE INDEX "CaseTask_completedAt_dueAt_idx" ON "CaseTask"("completedAt", "dueAt");

-- AddForeignKey
ALTER TABLE "CaseClosure" ADD CONSTRAINT "CaseClosure_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTask" ADD CONSTRAINT "CaseTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
