import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-data";
import { brandingSchema } from "./schemas";

const parse = (input: Record<string, string>) => brandingSchema.safeParse({ brandName: "", accentColour: "", reportFooter: "", ...input });

describe("the branding form", () => {
  it("takes empty fields as the workspace's own name and Curvewise's accent", () => {
    expect(parse({}).data).toEqual({ brandName: null, accentColour: null, reportFooter: "", removeLogo: false });
  });

  it("normalises an accent colour written in any of the usual ways", () => {
    expect(parse({ accentColour: " 0F5132 " }).data?.accentColour).toBe("#0f5132");
    expect(parse({ accentColour: "#15b" }).data?.accentColour).toBe("#1155bb");
  });

  it("refuses a colour too light to read on white, naming the contrast it has and needs", () => {
    const parsed = parse({ accentColour: "#ffdd00" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!).accentColour).toMatch(/^lowContrast\|ratio=1\.\d\|min=4\.5$/);
  });

  it("refuses what is no colour, and names the limits of the texts", () => {
    const parsed = parse({ accentColour: "blue", brandName: "x".repeat(81), reportFooter: "y".repeat(301) });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ accentColour: "invalidColour", brandName: "tooLong|max=80", reportFooter: "tooLong|max=300" });
  });

  it("reads the remove-logo box as a checkbox", () => {
    expect(parse({ removeLogo: "on" }).data?.removeLogo).toBe(true);
  });
});
