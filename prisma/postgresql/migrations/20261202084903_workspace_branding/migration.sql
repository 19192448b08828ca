-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "accentColour" TEXT,
ADD COLUMN     "brandName" TEXT,
ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logoType" TEXT,
ADD COLUMN     "reportFooter" TEXT NOT NULL DEFAULT '';

