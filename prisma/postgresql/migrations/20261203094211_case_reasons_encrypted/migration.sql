-- AlterTable
ALTER TABLE "IntakeCase" ADD COLUMN     "reasonsEncrypted" TEXT;
