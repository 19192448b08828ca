-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "objectiveId" TEXT;

-- CreateTable
CREATE TABLE "Strategy" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "exampleId" TEXT,
    "internalNotes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategySection" (
    "strategyId" TEXT NOT NULL,
    "elementId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StrategySection_pkey" PRIMARY KEY ("strategyId","elementId")
);

-- CreateTable
CREATE TABLE "StrategyObjective" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "what" TEXT NOT NULL DEFAULT '',
    "kpi" TEXT NOT NULL DEFAULT '',
    "baseline" TEXT NOT NULL DEFAULT '',
    "target" TEXT NOT NULL DEFAULT '',
    "dueOn" TEXT NOT NULL DEFAULT '',
    "dimensionId" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StrategyObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "assessmentId" TEXT,
    "content" TEXT NOT NULL,
    "savedById" TEXT,
    "savedByLabel" TEXT,
    "sharedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StrategyVersion_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "StrategyObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategySection" ADD CONSTRAINT "StrategySection_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyObjective" ADD CONSTRAINT "StrategyObjective_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyVersion" ADD CONSTRAINT "StrategyVersion_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyVersion" ADD CONSTRAINT "StrategyVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyVersion" ADD CONSTRAINT "StrategyVersion_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

