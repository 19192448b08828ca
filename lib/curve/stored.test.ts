import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shippedModels, SMICIKLAS_MODEL_ID } from "./index";
import { answersFromRecords, chronological, clientSince, datedResults, isActionOverdue, mayReopenAssessment, previousAndFirst } from "./stored";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const model = shippedModels.latest(SMICIKLAS_MODEL_ID);

describe("stored records as the engine reads them", () => {
  it("turns answer records into answers, and a record with only notes into none", () => {
    expect(
      answersFromRecords([
        { itemId: "a", optionId: "a.2", skip: null },
        { itemId: "b", optionId: null, skip: "dont_know" },
        { itemId: "c", optionId: null, skip: null },
      ]),
    ).toEqual([
      { itemId: "a", optionId: "a.2" },
      { itemId: "b", skip: "dont_know" },
    ]);
  });

  it("gives kept results as dated results, oldest first, with every dimension of the model", () => {
    const results = datedResults(model, [
      { id: "b", assessedOn: day("2026-06-01"), position: 2.1, stage: 2, dimensionScores: { [model.dimensions[0]!.id]: 2 } },
      { id: "a", assessedOn: day("2025-06-01"), position: 1.4, stage: 1, dimensionScores: {} },
    ]);
    expect(results.map((result) => result.assessmentId)).toEqual(["a", "b"]);
    expect(results[1]!.result.dimensions).toHaveLength(model.dimensions.length);
    expect(results[1]!.result.dimensions[0]!.score).toBe(2);
    expect(results[0]!.result.dimensions.every((dimension) => dimension.score === null)).toBe(true);
  });
});

describe("previous and first", () => {
  const completed = [
    { id: "c", assessedOn: day("2026-03-01") },
    { id: "a", assessedOn: day("2025-01-01") },
    { id: "b", assessedOn: day("2025-09-01") },
  ];

  it("are dated on or before the assessment, never the assessment itself", () => {
    expect(previousAndFirst(completed, completed[0]!)).toEqual({ previous: completed[2], first: completed[1] });
    expect(previousAndFirst(completed, completed[1]!)).toEqual({ previous: null, first: null });
    // A back-dated assessment sees only what came before its date.
    expect(previousAndFirst(completed, { id: "new", assessedOn: day("2025-10-01") })).toEqual({ previous: completed[2], first: completed[1] });
  });

  it("always pick the latest and the earliest earlier one, whatever the order given", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3000 }), (offsets, at) => {
        const entries = offsets.map((offset, index) => ({ id: `e${index}`, assessedOn: new Date(offset * 86_400_000) }));
        const of = { id: "x", assessedOn: new Date(at * 86_400_000) };
        const { previous, first } = previousAndFirst(entries, of);
        const before = chronological(entries.filter((entry) => entry.assessedOn <= of.assessedOn));
        expect(previous).toEqual(before.at(-1) ?? null);
        expect(first).toEqual(before[0] ?? null);
      }),
    );
  });
});

describe("rules", () => {
  it("let the owner reopen any completed assessment and a consultant only their own", () => {
    const completed = { status: "COMPLETED", authorId: "sam" };
    expect(mayReopenAssessment({ role: "OWNER", userId: "eva" }, completed)).toBe(true);
    expect(mayReopenAssessment({ role: "CONSULTANT", userId: "sam" }, completed)).toBe(true);
    expect(mayReopenAssessment({ role: "CONSULTANT", userId: "eva" }, completed)).toBe(false);
    expect(mayReopenAssessment({ role: "CLIENT", userId: "sam" }, completed)).toBe(false);
    expect(mayReopenAssessment({ role: "OWNER", userId: "eva" }, { ...completed, status: "DRAFT" })).toBe(false);
  });

  it("call an open action overdue from the day after its due day", () => {
    const item = { status: "OPEN", dueDate: day("2026-12-02") };
    expect(isActionOverdue(item, day("2026-12-02"))).toBe(false);
    expect(isActionOverdue(item, day("2026-12-03"))).toBe(true);
    expect(isActionOverdue({ ...item, status: "DONE" }, day("2027-01-01"))).toBe(false);
    expect(isActionOverdue({ status: "OPEN", dueDate: null }, day("2027-01-01"))).toBe(false);
  });
});

describe("client since", () => {
  it("is the earlier of the day the organisation was added and its first assessment", () => {
    expect(clientSince(day("2026-11-01"), [{ assessedOn: day("2024-03-01") }, { assessedOn: day("2025-03-01") }])).toEqual(day("2024-03-01"));
    expect(clientSince(day("2023-01-05"), [{ assessedOn: day("2024-03-01") }])).toEqual(day("2023-01-05"));
    expect(clientSince(day("2023-01-05"), [])).toEqual(day("2023-01-05"));
  });
});
