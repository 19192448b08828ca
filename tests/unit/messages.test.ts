import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function lookup(catalog: Catalog, key: string): string | Catalog | undefined {
  return key.split(".").reduce<string | Catalog | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalog);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("message catalogs", () => {
  it("have the same keys in Dutch and English", () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it("have no empty texts", () => {
    for (const catalog of [nl, en]) {
      for (const key of keys(catalog)) expect(lookup(catalog, key), key).not.toBe("");
    }
  });

  it("contain every literal key the code asks for", () => {
    const missing: string[] = [];
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      const source = fs.readFileSync(file, "utf8");
      const namespaces = new Map<string, string>();
      for (const match of source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.]+)"\)/g)) {
        namespaces.set(match[1]!, match[2]!);
      }
      for (const [variable, namespace] of namespaces) {
        for (const match of source.matchAll(new RegExp(`\\b${variable}\\("([\\w.]+)"`, "g"))) {
          const key = `${namespace}.${match[1]}`;
          if (typeof lookup(en, key) !== "string") missing.push(`${file}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
