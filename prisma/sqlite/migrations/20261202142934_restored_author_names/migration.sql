-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "actorLabel" TEXT;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "authorLabel" TEXT;

-- AlterTable
ALTER TABLE "Pulse" ADD COLUMN "authorLabel" TEXT;

