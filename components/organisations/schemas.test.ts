import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { organisationNameKey } from "@/lib/curve";
import { normaliseWebAddress } from "@/lib/actions/fields";
import { organisationInputSchema, parseTags } from "./schemas";

const valid = { name: "Bakkerij Van Dam", sector: "retail", sizeBand: "10-49", country: "NL", website: "", notes: "", tags: "" };
const errorsFor = (input: Record<string, unknown>) => {
  const parsed = organisationInputSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("organisation input", () => {
  it("keeps notes internal unless the sharing box is ticked", () => {
    expect(organisationInputSchema.parse(valid).notesShared).toBe(false);
    expect(organisationInputSchema.parse({ ...valid, notesShared: "on" }).notesShared).toBe(true);
    expect(organisationInputSchema.parse({ ...valid, notesShared: ["on"] }).notesShared).toBe(false);
  });

  it("accepts a complete organisation and trims it", () => {
    const parsed = organisationInputSchema.parse({ ...valid, name: "  Bakkerij Van Dam ", tags: "mkb, Instagram, MKB, ", website: "bakkerij.nl" });
    expect(parsed).toEqual({
      ...valid,
      responsibleConsultantId: null,
      notesShared: false,
      tags: ["mkb", "Instagram"],
      website: "https://bakkerij.nl/",
      channels: [],
    });
  });

  it("names each bad field with a message key", () => {
    expect(errorsFor({ ...valid, name: "   " })).toEqual({ name: "required" });
    expect(errorsFor({ ...valid, name: "x".repeat(10_000) })).toEqual({ name: "tooLong|max=120" });
    expect(errorsFor({ ...valid, sector: "astrology" })).toEqual({ sector: "invalidChoice" });
    expect(errorsFor({ ...valid, sizeBand: "" })).toEqual({ sizeBand: "invalidChoice" });
    expect(errorsFor({ ...valid, country: "XX" })).toEqual({ country: "invalidChoice" });
    expect(errorsFor({ ...valid, website: "not a url" })).toEqual({ website: "invalidUrl" });
    expect(errorsFor({ ...valid, notes: "n".repeat(5001) })).toEqual({ notes: "tooLong|max=5000" });
    expect(errorsFor({ ...valid, tags: Array.from({ length: 11 }, (_, i) => `tag${i}`).join(",") })).toEqual({ tags: "tooManyTags|max=10" });
    expect(errorsFor({ ...valid, tags: "t".repeat(31) })).toEqual({ tags: "tagTooLong|max=30" });
  });

  it("reads the channels from their own boxes, in a fixed order", () => {
    expect(
      organisationInputSchema.parse({ ...valid, "channel.website": "on", "channel.instagram": "on", "channel.myspace": "on", channels: ["x"] }).channels,
    ).toEqual(["instagram", "website"]);
  });

  it("treats missing or non-text values as empty, never as a crash", () => {
    expect(errorsFor({})).toMatchObject({ name: "required", sector: "invalidChoice" });
    expect(errorsFor({ ...valid, name: 42, notes: { a: 1 }, tags: ["x"] })).toEqual({ name: "required" });
  });

  it("accepts only http(s) websites with a real host name", () => {
    expect(normaliseWebAddress("")).toEqual({ valid: true, website: null });
    expect(normaliseWebAddress("http://example.nl/path")).toEqual({ valid: true, website: "http://example.nl/path" });
    for (const bad of ["javascript:alert(1)", "ftp://example.nl", "https://localhost", "exa mple.nl", "https://", "mailto:a@b.nl"]) {
      expect(normaliseWebAddress(bad)).toEqual({ valid: false });
    }
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(valid)), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (input) => {
        expect(() => organisationInputSchema.safeParse(input)).not.toThrow();
      }),
    );
  });
});

describe("tags and name keys", () => {
  it("deduplicates tags regardless of case and keeps the first spelling", () => {
    expect(parseTags("Retail, retail ,  big   city,,")).toEqual(["Retail", "big city"]);
  });

  it("gives names that differ only in case or spacing the same key", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        expect(organisationNameKey(` ${name.toUpperCase()}  `)).toBe(organisationNameKey(name.toLowerCase()));
      }),
    );
  });
});
