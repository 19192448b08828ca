-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT,
    "recipient" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OutboxMessage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobRun" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "newEmail" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "brandName" TEXT,
    "logo" BLOB,
    "logoType" TEXT,
    "accentColour" TEXT,
    "reportFooter" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "defaultLocale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Workspace" ("accentColour", "brandName", "createdAt", "id", "logo", "logoType", "name", "reportFooter", "updatedAt") SELECT "accentColour", "brandName", "createdAt", "id", "logo", "logoType", "name", "reportFooter", "updatedAt" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT,
    "digestsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "id", "name", "passwordHash", "updatedAt") SELECT "createdAt", "email", "id", "name", "passwordHash", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
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
    "notifyClientsOfResults" BOOLEAN NOT NULL DEFAULT false,
    "channels" TEXT NOT NULL DEFAULT '[]',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Organisation_responsibleConsultantId_fkey" FOREIGN KEY ("responsibleConsultantId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("archivedAt", "channels", "clientsMayCompleteActions", "country", "createdAt", "id", "name", "nameKey", "notes", "notesInternal", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId") SELECT "archivedAt", "channels", "clientsMayCompleteActions", "country", "createdAt", "id", "name", "nameKey", "notes", "notesInternal", "progressHistory", "reassessmentMonths", "responsibleConsultantId", "sector", "sizeBand", "updatedAt", "website", "workspaceId" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE INDEX "Organisation_workspaceId_archivedAt_idx" ON "Organisation"("workspaceId", "archivedAt");
CREATE UNIQUE INDEX "Organisation_workspaceId_nameKey_key" ON "Organisation"("workspaceId", "nameKey");
CREATE TABLE "new_Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Invitation" ("acceptedAt", "createdAt", "createdById", "email", "expiresAt", "id", "organisationId", "revokedAt", "role", "tokenHash", "updatedAt", "workspaceId") SELECT "acceptedAt", "createdAt", "createdById", "email", "expiresAt", "id", "organisationId", "revokedAt", "role", "tokenHash", "updatedAt", "workspaceId" FROM "Invitation";
DROP TABLE "Invitation";
ALTER TABLE "new_Invitation" RENAME TO "Invitation";
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
CREATE INDEX "Invitation_workspaceId_idx" ON "Invitation"("workspaceId");
CREATE TABLE "new_Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorLabel" TEXT,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "channel" TEXT,
    "assessedOn" DATETIME NOT NULL,
    "modelId" TEXT NOT NULL,
    "modelVersion" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "baselineAssessmentId" TEXT,
    "roundClosedAt" DATETIME,
    "respondentReminderDays" INTEGER NOT NULL DEFAULT 5,
    "completedAt" DATETIME,
    "resultPosition" REAL,
    "resultStage" INTEGER,
    "unchangedFromBaseline" INTEGER,
    "resultDimensions" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("assessedOn", "authorId", "authorLabel", "baselineAssessmentId", "channel", "completedAt", "createdAt", "id", "modelId", "modelVersion", "organisationId", "resultDimensions", "resultPosition", "resultStage", "revision", "roundClosedAt", "scope", "status", "title", "unchangedFromBaseline", "updatedAt", "workspaceId") SELECT "assessedOn", "authorId", "authorLabel", "baselineAssessmentId", "channel", "completedAt", "createdAt", "id", "modelId", "modelVersion", "organisationId", "resultDimensions", "resultPosition", "resultStage", "revision", "roundClosedAt", "scope", "status", "title", "unchangedFromBaseline", "updatedAt", "workspaceId" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_workspaceId_organisationId_assessedOn_idx" ON "Assessment"("workspaceId", "organisationId", "assessedOn");
CREATE INDEX "Assessment_workspaceId_status_idx" ON "Assessment"("workspaceId", "status");
CREATE TABLE "new_Respondent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "raterGroup" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "remindedAt" DATETIME,
    "linkSealed" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Respondent_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Respondent" ("assessmentId", "createdAt", "expiresAt", "id", "name", "raterGroup", "revokedAt", "submittedAt", "tokenHash", "updatedAt", "workspaceId") SELECT "assessmentId", "createdAt", "expiresAt", "id", "name", "raterGroup", "revokedAt", "submittedAt", "tokenHash", "updatedAt", "workspaceId" FROM "Respondent";
DROP TABLE "Respondent";
ALTER TABLE "new_Respondent" RENAME TO "Respondent";
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");
CREATE INDEX "Respondent_workspaceId_assessmentId_idx" ON "Respondent"("workspaceId", "assessmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_workspaceId_createdAt_idx" ON "OutboxMessage"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

