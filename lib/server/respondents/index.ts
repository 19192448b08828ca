// Respondent rounds: the consultant's side (links, the round, the analysis) and the respondent's (answering through a link).
export * from "./round";
export * from "./links";
