-- CreateTable
CREATE TABLE "PlanDraftAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentNumber" TEXT NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL,
    "agencyAsWritten" TEXT NOT NULL,
    "agencyId" TEXT,
    "role" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "sectionPath" TEXT,
    "status" TEXT NOT NULL,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "PlanDraftAssignment_documentNumber_planVersion_status_idx" ON "PlanDraftAssignment"("documentNumber", "planVersion", "status");

-- CreateIndex
CREATE INDEX "PlanDraftAssignment_status_idx" ON "PlanDraftAssignment"("status");
