import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formField, nextSubmission, submittedFile, submittedValues } from "./form-data";

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe("reading server action input of any type", () => {
  it("reads text fields of a form, and nothing from anything else", () => {
    expect(formField(formOf({ email: "a@b.nl" }), "email")).toBe("a@b.nl");
    expect(formField(formOf({}), "email")).toBe("");
    for (const garbage of [null, undefined, "email=a@b.nl", 42, {}, [], { get: () => "x" }]) expect(formField(garbage, "email")).toBe("");
    expect(submittedValues("not a form", ["a", "b"])).toEqual({ a: "", b: "" });
  });

  it("cuts very long fields short", () => {
    expect(formField(formOf({ notes: "x".repeat(50_000) }), "notes")).toHaveLength(20_000);
  });

  it("counts submissions on from any previous state, garbage included", () => {
    expect(nextSubmission({ submission: 3 })).toBe(4);
    fc.assert(
      fc.property(fc.anything(), (previous) => {
        const next = nextSubmission(previous);
        expect(Number.isSafeInteger(next) && next >= 1).toBe(true);
      }),
    );
  });
});

describe("submitted files", () => {
  it("are null when none was chosen, or when what arrived is no file", () => {
    const form = new FormData();
    form.set("empty", new File([], ""));
    // How some browsers send a file input left empty.
    form.set("unnamed", new File([], "undefined", { type: "application/octet-stream" }));
    form.set("text", "not a file");
    form.set("logo", new File(["png"], "logo.png", { type: "image/png" }));
    expect(submittedFile(form, "empty")).toBeNull();
    expect(submittedFile(form, "unnamed")).toBeNull();
    expect(submittedFile(form, "text")).toBeNull();
    expect(submittedFile(form, "absent")).toBeNull();
    expect(submittedFile("garbage", "logo")).toBeNull();
    expect(submittedFile(form, "logo")?.name).toBe("logo.png");
  });
});
