-- CreateTable
CREATE TABLE "Strategy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "exampleId" TEXT,
    "internalNotes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Strategy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StrategySection" (
    "strategyId" TEXT NOT NULL,
    "elementId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("strategyId", "elementId"),
    CONSTRAINT "StrategySection_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StrategyObjective" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "what" TEXT NOT NULL DEFAULT '',
    "kpi" TEXT NOT NULL DEFAULT '',
    "baseline" TEXT NOT NULL DEFAULT '',
    "target" TEXT NOT NULL DEFAULT '',
    "dueOn" TEXT NOT NULL DEFAULT '',
    "dimensionId" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StrategyObjective_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StrategyVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "assessmentId" TEXT,
    "content" TEXT NOT NULL,
    "savedById" TEXT,
    "savedByLabel" TEXT,
    "sharedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StrategyVersion_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StrategyVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StrategyVersion_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dimensionId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "recommendationId" TEXT,
    "objectiveId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "StrategyObjective" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ActionItem" ("createdAt", "dimensionId", "dueDate", "id", "organisationId", "ownerName", "recommendationId", "status", "title", "updatedAt", "workspaceId") SELECT "createdAt", "dimensionId", "dueDate", "id", "organisationId", "ownerName", "recommendationId", "status", "title", "updatedAt", "workspaceId" FROM "ActionItem";
DROP TABLE "ActionItem";
ALTER TABLE "new_ActionItem" RENAME TO "ActionItem";
CREATE INDEX "ActionItem_workspaceId_organisationId_idx" ON "ActionItem"("workspaceId", "organisationId");
CREATE UNIQUE INDEX "ActionItem_organisationId_recommendationId_key" ON "ActionItem"("organisationId", "recommendationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Strategy_workspaceId_organisationId_idx" ON "Strategy"("workspaceId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Strategy_organisationId_channel_key" ON "Strategy"("organisationId", "channel");

-- CreateIndex
CREATE INDEX "StrategyObjective_strategyId_position_idx" ON "StrategyObjective"("strategyId", "position");

-- CreateIndex
CREATE INDEX "StrategyVersion_workspaceId_strategyId_sharedAt_idx" ON "StrategyVersion"("workspaceId", "strategyId", "sharedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyVersion_strategyId_number_key" ON "StrategyVersion"("strategyId", "number");

