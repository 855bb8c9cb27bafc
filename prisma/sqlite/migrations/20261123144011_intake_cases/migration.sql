-- CreateTable
CREATE TABLE "ReportDraftRecord" (
    "draftId" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dataEncrypted" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IntakeCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "codeKey" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "risk" TEXT NOT NULL,
    "riskRank" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "redFlagsJson" TEXT NOT NULL,
    "reasonsJson" TEXT NOT NULL,
    "provinceId" TEXT,
    "provinceName" TEXT,
    "commune" TEXT,
    "childAgeBand" TEXT,
    "childSex" TEXT,
    "reporterRelation" TEXT,
    "anonymous" BOOLEAN NOT NULL,
    "consentToContact" BOOLEAN,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "narrativeEncrypted" TEXT NOT NULL,
    "contactEncrypted" TEXT,
    "detailsEncrypted" TEXT NOT NULL,
    "attachmentsEncrypted" TEXT NOT NULL,
    "assigneeId" TEXT,
    "claimedAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "submittedAt" DATETIME,
    "ackDueAt" DATETIME NOT NULL,
    "actionDueAt" DATETIME NOT NULL,
    "ackBreachedAt" DATETIME,
    "actionBreachedAt" DATETIME,
    "nextAlertAt" DATETIME,
    "alertCount" INTEGER NOT NULL DEFAULT 0,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "officer" TEXT NOT NULL,
    "textEncrypted" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseAddition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "textEncrypted" TEXT,
    "attachmentsEncrypted" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseAddition_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseAudit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "officer" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "caseCode" TEXT,
    "detail" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CaseReferral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetName" TEXT,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "externalRef" TEXT,
    "createdBy" TEXT NOT NULL,
    "sentAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "respondedAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CaseReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "IntakeCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "referralId" TEXT,
    "caseCode" TEXT,
    "target" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "payloadEncrypted" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ReportDraftRecord_channel_chatId_idx" ON "ReportDraftRecord"("channel", "chatId");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeCase_code_key" ON "IntakeCase"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeCase_codeKey_key" ON "IntakeCase"("codeKey");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeCase_draftId_key" ON "IntakeCase"("draftId");

-- CreateIndex
CREATE INDEX "IntakeCase_status_riskRank_createdAt_idx" ON "IntakeCase"("status", "riskRank", "createdAt");

-- CreateIndex
CREATE INDEX "IntakeCase_channel_chatId_idx" ON "IntakeCase"("channel", "chatId");

-- CreateIndex
CREATE INDEX "IntakeCase_closedAt_idx" ON "IntakeCase"("closedAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseAddition_caseId_createdAt_idx" ON "CaseAddition"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseAudit_caseCode_at_idx" ON "CaseAudit"("caseCode", "at");

-- CreateIndex
CREATE INDEX "CaseAudit_at_idx" ON "CaseAudit"("at");

-- CreateIndex
CREATE INDEX "CaseReferral_caseId_idx" ON "CaseReferral"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
