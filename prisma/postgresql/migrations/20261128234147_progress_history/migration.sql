-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "progressHistory" TEXT NOT NULL DEFAULT '[]';


-- Backfill the cache from the completed assessments (see Organisation.progressHistory).
UPDATE "Organisation" o SET "progressHistory" = COALESCE((
    SELECT json_agg(json_build_array(to_char(a."assessedOn", 'YYYY-MM-DD'), a."resultPosition", a."resultStage") ORDER BY a."assessedOn", a."completedAt")::text
    FROM "Assessment" a
    WHERE a."organisationId" = o."id" AND a."status" = 'COMPLETED' AND a."resultPosition" IS NOT NULL
), '[]');
