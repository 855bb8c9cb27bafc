-- AlterTable
ALTER TABLE "IntakeCase" ADD COLUMN     "phoneHash" TEXT,
ADD COLUMN     "placeKey" TEXT;

-- CreateIndex
CREATE INDEX "IntakeCase_phoneHash_idx" ON "IntakeCase"("phoneHash");
