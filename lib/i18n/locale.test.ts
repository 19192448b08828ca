import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locale";

describe("resolveLocale", () => {
  it("keeps the language the user chose", () => {
    expect(resolveLocale("en", "nl-NL,nl;q=0.9")).toBe("en");
    expect(resolveLocale("nl", "en-US")).toBe("nl");
  });

  it("follows the browser's preferences by quality", () => {
    expect(resolveLocale(undefined, "en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(resolveLocale(undefined, "de-DE,de;q=0.9,en;q=0.5,nl;q=0.7")).toBe("nl");
    expect(resolveLocale(undefined, "fr;q=0.2, EN;q=0.1")).toBe("en");
  });

  it("falls back to Dutch", () => {
    expect(resolveLocale(undefined, null)).toBe("nl");
    expect(resolveLocale(undefined, "de-DE,fr")).toBe("nl");
    expect(resolveLocale("xx", "en;q=0")).toBe("nl");
    expect(resolveLocale(undefined, ";;;,,q=abc")).toBe("nl");
  });
});
