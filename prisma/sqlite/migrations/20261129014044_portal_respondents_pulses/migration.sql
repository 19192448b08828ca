-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "roundClosedAt" DATETIME;

-- CreateTable
CREATE TABLE "Respondent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "raterGroup" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Respondent_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RespondentAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "respondentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "optionId" TEXT,
    "skip" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RespondentAnswer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pulse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT,
    "takenOn" DATETIME NOT NULL,
    "answers" TEXT NOT NULL,
    "position" REAL,
    "stage" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Pulse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Pulse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "sizeBand" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "website" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "reassessmentMonths" INTEGER,
    "responsibleConsultantId" TEXT,
    "progressHistory" TEXT NOT NULL DEFAULT '[]',
    "notesInternal" BOOLEAN NOT NULL DEFAULT true,
    "clientsMayCompleteActions" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Organisation_responsibleConsultantId_fkey" FOREIGN KEY ("responsibleConsultantId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("archivedAt", "country", "createdAt", "id", "name", "nameKey", "notes", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId") SELECT "archivedAt", "country", "createdAt", "id", "name", "nameKey", "notes", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE INDEX "Organisation_workspaceId_archivedAt_idx" ON "Organisation"("workspaceId", "archivedAt");
CREATE UNIQUE INDEX "Organisation_workspaceId_nameKey_key" ON "Organisation"("workspaceId", "nameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");

-- CreateIndex
CREATE INDEX "Respondent_workspaceId_assessmentId_idx" ON "Respondent"("workspaceId", "assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "RespondentAnswer_respondentId_itemId_key" ON "RespondentAnswer"("respondentId", "itemId");

-- CreateIndex
CREATE INDEX "Pulse_workspaceId_organisationId_takenOn_idx" ON "Pulse"("workspaceId", "organisationId", "takenOn");

