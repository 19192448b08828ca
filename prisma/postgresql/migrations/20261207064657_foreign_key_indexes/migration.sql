-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "Organisation_responsibleConsultantId_idx" ON "Organisation"("responsibleConsultantId");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_idx" ON "Invitation"("organisationId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "Assessment_organisationId_idx" ON "Assessment"("organisationId");

-- CreateIndex
CREATE INDEX "Assessment_authorId_idx" ON "Assessment"("authorId");

-- CreateIndex
CREATE INDEX "ActionItem_objectiveId_idx" ON "ActionItem"("objectiveId");

-- CreateIndex
CREATE INDEX "Pulse_organisationId_idx" ON "Pulse"("organisationId");

-- CreateIndex
CREATE INDEX "StrategyVersion_assessmentId_idx" ON "StrategyVersion"("assessmentId");

