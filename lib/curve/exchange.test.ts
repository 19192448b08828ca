import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSheetDate, planImport, type SheetCell } from "./exchange";
import { allItemIds, model } from "./test-support";

const context = {
  existingOrganisations: [{ name: "Bakkerij Van Dam" }],
  existingDates: new Map([["bakkerij van dam", new Set(["2024-01-15"])]]),
  earliest: new Date("2000-01-01T00:00:00Z"),
  today: new Date("2026-12-02T00:00:00Z"),
};
const items = allItemIds();
const dimensionIds = model.dimensions.map((dimension) => dimension.id);
const itemRow = (organisation: string, date: string, value: string): SheetCell[] => [organisation, date, ...items.map(() => value)];
const itemHeader = ["Organisatie", "Datum", ...items];

describe("importing earlier assessments", () => {
  it("matches organisations by name whatever the case, creates the others, and scores each row", () => {
    const plan = planImport(model, [itemHeader, itemRow("BAKKERIJ van dam", "2023-05-01", "2"), itemRow("Nieuw Café", "1-3-2025", "4")], context);
    expect(plan.problems).toEqual([]);
    expect(plan.level).toBe("items");
    expect(plan.organisations.map((entry) => [entry.name, entry.existing])).toEqual([
      ["Bakkerij Van Dam", true],
      ["Nieuw Café", false],
    ]);
    expect(plan.assessments.map((entry) => [entry.position, entry.stage])).toEqual([
      [2, 2],
      [4, 4],
    ]);
    expect(plan.assessments[1]!.assessedOn.toISOString()).toBe("2025-03-01T00:00:00.000Z");
  });

  it("names the row, the column and the value of a cell that is no level", () => {
    const row = itemRow("Nieuw Café", "2025-03-01", "3");
    row[2 + items.indexOf("strategy.plan")] = "5";
    const plan = planImport(model, [itemHeader, itemRow("Nieuw Café", "2025-01-01", "3"), row], context);
    expect(plan.problems).toEqual([{ code: "notALevel", row: 3, column: "strategy.plan", value: "5" }]);
  });

  it("takes NA and DK in both languages, and refuses a row too empty to place on the curve", () => {
    const mixed = itemRow("Nieuw Café", "2025-03-01", "NVT");
    for (let column = 2; column < 2 + 16; column++) mixed[column] = column % 2 ? "3" : "wn";
    const plan = planImport(model, [itemHeader, mixed, itemRow("Ander Café", "2025-03-01", "DK")], context);
    expect(plan.problems).toEqual([{ code: "tooFewAnswers", row: 3 }]);
    expect(plan.assessments).toHaveLength(1);
  });

  it("refuses formulas, duplicate rows, dates out of range and assessments already there", () => {
    const formula = itemRow("A", "2025-03-01", "2");
    formula[3] = { formula: "1+1" };
    const plan = planImport(
      model,
      [
        itemHeader,
        formula,
        itemRow("B", "2025-03-01", "2"),
        itemRow("b", "2025-03-01", "3"),
        itemRow("C", "1999-12-31", "2"),
        itemRow("D", "2027-01-01", "2"),
        itemRow("Bakkerij Van Dam", "2024-01-15", "2"),
      ],
      context,
    );
    expect(plan.problems.map((problem) => [problem.code, problem.row])).toEqual([
      ["formula", 2],
      ["duplicateRow", 4],
      ["dateOutOfRange", 5],
      ["dateOutOfRange", 6],
      ["alreadyThere", 7],
    ]);
  });

  it("says which columns are missing or unknown before reading any row", () => {
    expect(
      planImport(
        model,
        [
          ["Naam", "strategy.plann"],
          ["A", "2"],
        ],
        context,
      ).problems.map((problem) => problem.code),
    ).toEqual(["unknownColumn", "noDateColumn", "noQuestionColumns"]);
    expect(planImport(model, [itemHeader], context).problems.map((problem) => problem.code)).toEqual(["noRows"]);
  });

  it("reads dimension-level history, with its columns named as the export names them", () => {
    const header = ["Organisation", "Date", "Position", ...model.dimensions.map((dimension) => `${dimension.name.en} [${dimension.id}]`)];
    const plan = planImport(model, [header, ["Nieuw Café", "2025-03-01", "2,5", ...dimensionIds.map(() => "2,5")]], context);
    expect(plan.problems).toEqual([]);
    expect(plan.level).toBe("dimensions");
    expect(plan.assessments[0]!.answers).toBeNull();
    expect(plan.assessments[0]!.position).toBe(2.5);
    const bad = planImport(model, [header, ["Nieuw Café", "2025-03-01", "", "5", ...dimensionIds.slice(1).map(() => "2")]], context);
    expect(bad.problems).toEqual([{ code: "notAScore", row: 2, column: header[3], value: "5" }]);
  });

  it("reads any real day in the usual ways, and nothing else", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const [year, month, day] = date.toISOString().slice(0, 10).split("-");
        const expected = `${year}-${month}-${day}`;
        expect(parseSheetDate(expected)?.toISOString().slice(0, 10)).toBe(expected);
        expect(
          parseSheetDate(`${Number(day)}-${Number(month)}-${year}`)
            ?.toISOString()
            .slice(0, 10),
        ).toBe(expected);
        expect(parseSheetDate(`${day}/${month}/${year}`)?.toISOString().slice(0, 10)).toBe(expected);
      }),
    );
    expect(parseSheetDate("31-02-2025")).toBeNull();
    expect(parseSheetDate("gisteren")).toBeNull();
  });
});
