import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { saveAnswerSchema, startAssessmentSchema } from "./schemas";

const answer = { assessmentId: "a1", baseRevision: 3, itemId: "strategy.plan", choice: { optionId: "strategy.plan.2" }, notes: "Een plan in de maak" };

describe("saving an answer", () => {
  it("takes addresses without a scheme as https://, as people type them", () => {
    const parsed = saveAnswerSchema.parse({
      ...answer,
      evidenceLinks: ["www.instagram.com/dekorenaar", " dekorenaar.nl/over-ons ", "", "http://intranet.example.nl/plan"],
    });
    expect(parsed.evidenceLinks).toEqual(["https://www.instagram.com/dekorenaar", "https://dekorenaar.nl/over-ons", "http://intranet.example.nl/plan"]);
    expect(parsed.refusedLinks).toEqual([]);
  });

  it("keeps the answer and notes when a link is no web address, and names the link", () => {
    const parsed = saveAnswerSchema.parse({ ...answer, evidenceLinks: ["javascript:alert(1)", "zie de map op de server", "www.example.nl"] });
    expect(parsed).toMatchObject({ choice: { optionId: "strategy.plan.2" }, notes: "Een plan in de maak", evidenceLinks: ["https://www.example.nl/"] });
    expect(parsed.refusedLinks).toEqual(["javascript:alert(1)", "zie de map op de server"]);
  });

  it("refuses the whole save only for what cannot be kept: too many links, too long notes", () => {
    const tooMany = saveAnswerSchema.safeParse({ ...answer, evidenceLinks: Array.from({ length: 21 }, (_, index) => `https://example.nl/${index}`) });
    expect(tooMany.success ? {} : fieldErrorsOf(tooMany.error)).toEqual({ evidenceLinks: "tooManyLinks|max=20" });
  });
});

describe("starting an assessment", () => {
  const today = new Date("2026-12-02T10:00:00Z");
  const errorsOf = (assessedOn: string) => {
    const parsed = startAssessmentSchema(today).safeParse({ title: "Nulmeting", assessedOn, scope: "organisation", channel: "", baseline: "" });
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  it("takes dates from 2000 to a month ahead, and says so when the date is outside", () => {
    expect(errorsOf("2026-12-02")).toEqual({});
    expect(errorsOf("2000-01-01")).toEqual({});
    expect(errorsOf("1900-05-01")).toEqual({ assessedOn: "dateOutOfRange|from=2000-01-01|to=2027-01-02" });
    expect(errorsOf("2027-06-01")).toEqual({ assessedOn: "dateOutOfRange|from=2000-01-01|to=2027-01-02" });
    expect(errorsOf("2026-02-30")).toEqual({ assessedOn: "invalidDate" });
  });
});
