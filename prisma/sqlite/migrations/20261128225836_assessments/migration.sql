-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "reassessmentMonths" INTEGER;

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "channel" TEXT,
    "assessedOn" DATETIME NOT NULL,
    "modelId" TEXT NOT NULL,
    "modelVersion" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "baselineAssessmentId" TEXT,
    "completedAt" DATETIME,
    "resultPosition" REAL,
    "resultStage" INTEGER,
    "resultDimensions" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "optionId" TEXT,
    "skip" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "carriedOver" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssessmentAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DimensionTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "targetStage" INTEGER NOT NULL,
    "targetDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DimensionTarget_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dimensionId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "recommendationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Assessment_workspaceId_organisationId_assessedOn_idx" ON "Assessment"("workspaceId", "organisationId", "assessedOn");

-- CreateIndex
CREATE INDEX "Assessment_workspaceId_status_idx" ON "Assessment"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAnswer_assessmentId_itemId_key" ON "AssessmentAnswer"("assessmentId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "DimensionTarget_organisationId_dimensionId_key" ON "DimensionTarget"("organisationId", "dimensionId");

-- CreateIndex
CREATE INDEX "ActionItem_workspaceId_organisationId_idx" ON "ActionItem"("workspaceId", "organisationId");

