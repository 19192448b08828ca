// A pulse check-in: one question per dimension, between full assessments. It shows where an
// organisation feels it stands; it is never stored or counted as an assessment.
import { restrictModel, type Model } from "./model";
import { scoreAssessment, type Answer, type AssessmentResult } from "./scoring";

/** The first item of each dimension: the question the pulse asks for it. */
export function pulseModel(model: Model): Model {
  return restrictModel(model, new Set(model.dimensions.flatMap((dimension) => (dimension.items[0] ? [dimension.items[0].id] : []))));
}

/**
 * Scores a pulse on the pulse's own items; answers to any other item are refused by the
 * engine (AssessmentInputError), as are options that do not belong to their item.
 */
export function scorePulse(model: Model, answers: readonly Answer[]): AssessmentResult {
  return scoreAssessment(pulseModel(model), { modelId: model.id, modelVersion: model.version, answers: [...answers] });
}
