import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { pulseSchema } from "./schemas";

const errorsOf = (input: Record<string, string>, itemIds: string[]) => {
  const parsed = pulseSchema(itemIds).safeParse(input);
  return parsed.success ? null : fieldErrorsOf(parsed.error);
};

describe("the pulse form", () => {
  it("needs an answer to every question and names the ones missing", () => {
    expect(errorsOf({ a: "a.2", b: "", c: "dont_know" }, ["a", "b", "c"])).toEqual({ b: "answerRequired" });
  });

  it("reads options and don't-know answers", () => {
    expect(pulseSchema(["a", "b"]).parse({ a: "a.2", b: "dont_know" })).toEqual([
      { itemId: "a", optionId: "a.2" },
      { itemId: "b", skip: "dont_know" },
    ]);
  });
});
