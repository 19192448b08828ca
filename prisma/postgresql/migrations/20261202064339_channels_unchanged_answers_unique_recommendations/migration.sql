-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "channels" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "unchangedFromBaseline" INTEGER;

-- Before the index: the same recommendation added twice (a double click) is kept once.
DELETE FROM "ActionItem" WHERE "recommendationId" IS NOT NULL AND "id" NOT IN (
    SELECT MIN("id") FROM "ActionItem" WHERE "recommendationId" IS NOT NULL GROUP BY "organisationId", "recommendationId"
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_organisationId_recommendationId_key" ON "ActionItem"("organisationId", "recommendationId");

