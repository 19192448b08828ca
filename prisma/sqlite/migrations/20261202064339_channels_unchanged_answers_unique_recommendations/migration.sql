-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "unchangedFromBaseline" INTEGER;

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
    "channels" TEXT NOT NULL DEFAULT '[]',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Organisation_responsibleConsultantId_fkey" FOREIGN KEY ("responsibleConsultantId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("archivedAt", "clientsMayCompleteActions", "country", "createdAt", "id", "name", "nameKey", "notes", "notesInternal", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId") SELECT "archivedAt", "clientsMayCompleteActions", "country", "createdAt", "id", "name", "nameKey", "notes", "notesInternal", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE INDEX "Organisation_workspaceId_archivedAt_idx" ON "Organisation"("workspaceId", "archivedAt");
CREATE UNIQUE INDEX "Organisation_workspaceId_nameKey_key" ON "Organisation"("workspaceId", "nameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Before the index: the same recommendation added twice (a double click) is kept once.
DELETE FROM "ActionItem" WHERE "recommendationId" IS NOT NULL AND "id" NOT IN (
    SELECT MIN("id") FROM "ActionItem" WHERE "recommendationId" IS NOT NULL GROUP BY "organisationId", "recommendationId"
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_organisationId_recommendationId_key" ON "ActionItem"("organisationId", "recommendationId");

