import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, parseHexColour, WHITE } from "./contrast";

describe("accent colours", () => {
  it("reads hex colours, short and long, and nothing else", () => {
    expect(parseHexColour("#1f5fbf")).toEqual([31, 95, 191]);
    expect(parseHexColour("15b")).toEqual([17, 85, 187]);
    for (const text of ["red", "#12345", "#ggg000", "", "rgb(1,2,3)"]) expect(parseHexColour(text)).toBeNull();
  });

  it("measures contrast as WCAG does", () => {
    expect(contrastRatio([0, 0, 0], WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    expect(contrastRatio(parseHexColour("#1f5fbf")!, WHITE)).toBeGreaterThan(4.5);
    expect(contrastRatio(parseHexColour("#ffd400")!, WHITE)).toBeLessThan(4.5);
  });

  it("is symmetric and between 1 and 21", () => {
    const colour = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0001);
        expect(contrastRatio(b, a)).toBeCloseTo(ratio, 10);
      }),
    );
  });
});
