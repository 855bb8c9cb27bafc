-- AlterTable
ALTER TABLE "IntakeCase" ADD COLUMN     "floodGroup" TEXT;

-- CreateIndex
CREATE INDEX "IntakeCase_floodGroup_createdAt_idx" ON "IntakeCase"("floodGroup", "createdAt");
