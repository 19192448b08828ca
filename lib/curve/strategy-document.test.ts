import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  isEmptyStrategy,
  objectiveProblems,
  OBJECTIVE_FIELDS,
  OBJECTIVE_TEXT_MAX,
  parseKpiNumber,
  STRATEGY_SECTION_MAX,
  strategyChanges,
  strategyFromExample,
  strategyFromTemplate,
  strategyProblems,
  type ObjectiveDraft,
} from "./strategy-document";
import { planStrategy, STRATEGY_ELEMENT_IDS } from "./strategy";
import { STRATEGY_EXAMPLES, strategyExample } from "./strategy-examples";

const today = new Date("2026-12-03T00:00:00Z");
const rules = { today, dimensionIds: ["presence", "measurement", "strategy"] };
const blank = { what: "", kpi: "", baseline: "", target: "", dueOn: "", dimensionId: "" };
const objective = (change: Partial<ObjectiveDraft> = {}): ObjectiveDraft => ({ id: "o1", ...blank, what: "Meer volgers", ...change });

describe("KPI numbers", () => {
  it("read whole numbers, decimals with a comma or a point, and percentages", () => {
    expect(parseKpiNumber("900")).toBe(900);
    expect(parseKpiNumber(" 12,5 ")).toBe(12.5);
    expect(parseKpiNumber("12.5%")).toBe(12.5);
    expect(parseKpiNumber("-3")).toBe(-3);
  });
  it("refuse words, ranges and thousands separators, which would be read wrongly", () => {
    for (const text of ["veel", "10-20", "1.234,5", "1,234.5", "", "%"]) expect(parseKpiNumber(text)).toBeNull();
  });
});

describe("an objective's problems", () => {
  it("are none for an empty row not yet begun, or a complete valid one", () => {
    expect(objectiveProblems(blank, rules)).toEqual({});
    expect(objectiveProblems(objective({ kpi: "Volgers", baseline: "420", target: "900", dueOn: "2027-06-03", dimensionId: "presence" }), rules)).toEqual({});
    expect(objectiveProblems(objective({ dueOn: "2026-12-03" }), rules)).toEqual({});
  });
  it("name each field that is wrong, at that field", () => {
    expect(
      objectiveProblems({ ...blank, kpi: "Volgers", baseline: "weinig", target: "veel", dueOn: "2026-12-02", dimensionId: "other-model.reach" }, rules),
    ).toEqual({ what: "required", baseline: "notANumber", target: "notANumber", dueOn: "dateInPast", dimensionId: "unknownDimension" });
    expect(objectiveProblems(objective({ dueOn: "2027-02-30" }), rules)).toEqual({ dueOn: "invalidDate" });
    expect(objectiveProblems(objective({ what: "x".repeat(OBJECTIVE_TEXT_MAX + 1) }), rules)).toEqual({ what: "tooLong" });
  });
  it("are keyed as the page's fields in a whole draft, long sections included", () => {
    const problems = strategyProblems(
      { sections: { goal: "x".repeat(STRATEGY_SECTION_MAX + 1), swot: "kort" }, objectives: [objective({ target: "veel" })] },
      rules,
    );
    expect(problems).toEqual({ "section:goal": "tooLong", "objective:o1:target": "notANumber" });
  });
  it("never throw, whatever is typed", () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(OBJECTIVE_FIELDS.map((field) => [field, fc.string({ maxLength: 400 })])) as Record<
            (typeof OBJECTIVE_FIELDS)[number],
            fc.Arbitrary<string>
          >,
        ),
        (typed) => {
          const problems = objectiveProblems(typed, rules);
          for (const field of Object.keys(problems)) expect(OBJECTIVE_FIELDS).toContain(field);
        },
      ),
    );
  });
});

describe("starting a strategy", () => {
  it("from the stage template gives headings only to the elements that apply", () => {
    const small = strategyFromTemplate(planStrategy({ stage: 1, bottleneckDimensionIds: [], sizeBand: "1-9", scope: "channel" }), "nl");
    expect(small.sections["tone-of-voice"]).toContain("Wel:");
    expect(small.sections.swot).toBeUndefined();
    const large = strategyFromTemplate(planStrategy({ stage: 1, bottleneckDimensionIds: [], sizeBand: "250-999", scope: "organisation" }), "en");
    expect(large.sections.swot).toContain("Strengths:");
    expect(large.objectives).toEqual([]);
  });
  it("from every example, in both languages, gives valid objectives dated from today", () => {
    for (const example of STRATEGY_EXAMPLES) {
      for (const locale of ["nl", "en"] as const) {
        const start = strategyFromExample(example, locale, today);
        const content = { sections: start.sections, objectives: start.objectives.map((entry, index) => ({ id: String(index), ...entry })) };
        expect(
          strategyProblems(content, { today, dimensionIds: ["ownership", "strategy", "listening", "presence", "integration", "culture", "measurement"] }),
        ).toEqual({});
        expect(start.objectives.every((entry) => entry.dueOn > "2026-12-03")).toBe(true);
        expect(isEmptyStrategy(content)).toBe(false);
      }
    }
    expect(strategyFromExample(strategyExample("bakery-instagram")!, "en", today).sections["brand-promise"]).toContain("Fresh");
  });
});

describe("what changed between two versions", () => {
  it("lists changed sections in the elements' order, then added, changed and removed objectives", () => {
    const before = { sections: { goal: "Meer klanten", swot: "S: vers" }, objectives: [objective(), objective({ id: "o2", what: "Weg" })] };
    const after = {
      sections: { goal: "Meer klanten ", "brand-promise": "Vers" },
      objectives: [objective({ target: "900" }), objective({ id: "o3", what: "Nieuw" })],
    };
    expect(strategyChanges(before, after)).toEqual([
      { kind: "section", elementId: "brand-promise", before: "", after: "Vers" },
      { kind: "section", elementId: "swot", before: "S: vers", after: "" },
      { kind: "objectiveChanged", before: before.objectives[0], after: after.objectives[0], fields: ["target"] },
      { kind: "objectiveAdded", after: after.objectives[1] },
      { kind: "objectiveRemoved", before: before.objectives[1] },
    ]);
  });
  it("is nothing between a version and itself", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...STRATEGY_ELEMENT_IDS), fc.string()), (sections) => {
        const content = { sections, objectives: [objective()] };
        expect(strategyChanges(content, content)).toEqual([]);
      }),
    );
  });
});
