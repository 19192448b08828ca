-- CreateIndex
CREATE INDEX "Organisation_workspaceId_updatedAt_idx" ON "Organisation"("workspaceId", "updatedAt");

