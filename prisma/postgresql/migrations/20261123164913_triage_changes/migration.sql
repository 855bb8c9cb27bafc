-- CreateTable
CREATE TABLE "CaseTriageChange" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "officer" TEXT NOT NULL,
    "fromRisk" TEXT NOT NULL,
    "toRisk" TEXT NOT NULL,
    "fromCategory" TEXT NOT NULL,
    "toCategory" TEXT NOT NULL,
    "reasonEncrypted" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseTriageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseTriageChange_caseId_createdAt_idx" ON "CaseTriageChange"("caseId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseTriageChange" ADD CONSTRAINT "CaseTriageChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
