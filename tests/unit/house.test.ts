// The house rules that a lint rule cannot see: where server actions live.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const isServerActionFile = (file: string) => /^\s*["']use server["'];/.test(fs.readFileSync(file, "utf8"));

describe("the house", () => {
  const sources = ["app", "components", "lib"].flatMap(filesUnder);

  it("keeps every server action in its feature folder's actions.ts", () => {
    const actionFiles = sources.filter(isServerActionFile);
    expect(actionFiles.length).toBeGreaterThan(5);
    expect(actionFiles.filter((file) => !/^components\/[a-z-]+\/actions\.ts$/.test(file))).toEqual([]);
  });

  it("names every feature's actions actions.ts, and every one of them is a server action file", () => {
    const named = sources.filter((file) => path.basename(file) === "actions.ts");
    expect(named.filter((file) => !isServerActionFile(file))).toEqual([]);
  });

  it("writes every server action through the one wrapper", () => {
    const unwrapped = sources
      .filter(isServerActionFile)
      .flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/^export (async function \w+|const \w+ = (?!action\.\w+\(|\w+Action\()[^\n]*)/gm)].map(
          (match) => `${file}: ${match[1]}`,
        ),
      );
    expect(unwrapped).toEqual([]);
    // Re-exports and default exports would hide an action from the check above.
    const hidden = sources.filter(isServerActionFile).filter((file) => /^export (\{|default\b)/m.test(fs.readFileSync(file, "utf8")));
    expect(hidden).toEqual([]);
  });
});
