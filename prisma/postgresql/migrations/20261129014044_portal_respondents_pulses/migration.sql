-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "clientsMayCompleteActions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notesInternal" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "roundClosedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Respondent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "raterGroup" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Respondent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RespondentAnswer" (
    "id" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "optionId" TEXT,
    "skip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RespondentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pulse" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT,
    "takenOn" TIMESTAMP(3) NOT NULL,
    "answers" TEXT NOT NULL,
    "position" DOUBLE PRECISION,
    "stage" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pulse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");

-- CreateIndex
CREATE INDEX "Respondent_workspaceId_assessmentId_idx" ON "Respondent"("workspaceId", "assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "RespondentAnswer_respondentId_itemId_key" ON "RespondentAnswer"("respondentId", "itemId");

-- CreateIndex
CREATE INDEX "Pulse_workspaceId_organisationId_takenOn_idx" ON "Pulse"("workspaceId", "organisationId", "takenOn");

-- AddForeignKey
ALTER TABLE "Respondent" ADD CONSTRAINT "Respondent_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentAnswer" ADD CONSTRAINT "RespondentAnswer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pulse" ADD CONSTRAINT "Pulse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pulse" ADD CONSTRAINT "Pulse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

