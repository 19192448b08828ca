// Typed errors for input the engine refuses: never a silent wrong score.

export type AssessmentInputErrorCode = "unknown_model" | "model_mismatch" | "unknown_item" | "foreign_option" | "duplicate_answer" | "invalid_answer";

export class AssessmentInputError extends Error {
  constructor(
    readonly code: AssessmentInputErrorCode,
    message: string,
    readonly itemId?: string,
  ) {
    super(message);
    this.name = "AssessmentInputError";
  }
}

export class UnknownModelError extends AssessmentInputError {
  constructor(modelId: string, version: number) {
    super("unknown_model", `no model "${modelId}" version ${version} is known`);
  }
}

export class ModelMismatchError extends AssessmentInputError {
  constructor(expected: string, actual: string) {
    super("model_mismatch", `the answers are for model ${actual}, not ${expected}`);
  }
}

export class UnknownItemError extends AssessmentInputError {
  constructor(itemId: string, model: string) {
    super("unknown_item", `item "${itemId}" is not in model ${model}`, itemId);
  }
}

export class ForeignOptionError extends AssessmentInputError {
  constructor(itemId: string, optionId: string) {
    super("foreign_option", `option "${optionId}" is not an option of item "${itemId}"`, itemId);
  }
}

export class DuplicateAnswerError extends AssessmentInputError {
  constructor(itemId: string) {
    super("duplicate_answer", `item "${itemId}" is answered more than once`, itemId);
  }
}

export class InvalidAnswerError extends AssessmentInputError {
  constructor(itemId: string | undefined, detail: string) {
    super("invalid_answer", itemId ? `the answer to item "${itemId}" is invalid: ${detail}` : `an answer is invalid: ${detail}`, itemId);
  }
}
