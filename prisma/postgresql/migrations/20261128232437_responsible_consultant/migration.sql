-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "responsibleConsultantId" TEXT;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_responsibleConsultantId_fkey" FOREIGN KEY ("responsibleConsultantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

