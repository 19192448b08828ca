// Assessments: reading them (queries), drafts and their answers (drafts), completing and
// reopening (lifecycle), and each organisation's kept progress history.
export type { AnswerRecord, AssessmentDetail, AssessmentSummary } from "./records";
export { getAnswerChoices, getAssessment, listOrganisationAssessments, modelOf, scoreStoredAssessment } from "./queries";
export { confirmCarriedOver, saveAnswer, startAssessment, type SaveAnswerInput, type StartAssessmentInput } from "./drafts";
export { completeAssessment, reopenAssessment } from "./lifecycle";
export { parseProgressHistory, refreshProgressHistory } from "./progress-history";
