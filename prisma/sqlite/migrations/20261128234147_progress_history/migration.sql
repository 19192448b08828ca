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
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Organisation_responsibleConsultantId_fkey" FOREIGN KEY ("responsibleConsultantId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("archivedAt", "country", "createdAt", "id", "name", "nameKey", "notes", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId") SELECT "archivedAt", "country", "createdAt", "id", "name", "nameKey", "notes", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE INDEX "Organisation_workspaceId_archivedAt_idx" ON "Organisation"("workspaceId", "archivedAt");
CREATE UNIQUE INDEX "Organisation_workspaceId_nameKey_key" ON "Organisation"("workspaceId", "nameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill the cache from the completed assessments (see Organisation.progressHistory).
UPDATE "Organisation" SET "progressHistory" = COALESCE((
    SELECT json_group_array(json_array(substr("assessedOn", 1, 10), "resultPosition", "resultStage"))
    FROM (
        SELECT "assessedOn", "resultPosition", "resultStage" FROM "Assessment"
        WHERE "Assessment"."organisationId" = "Organisation"."id" AND "status" = 'COMPLETED' AND "resultPosition" IS NOT NULL
        ORDER BY "assessedOn", "completedAt"
    )
), '[]');
