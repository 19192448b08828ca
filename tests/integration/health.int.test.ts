import { describe, expect, it } from "vitest";
import { databaseIsReachable } from "@/lib/server/health";

describe("readiness", () => {
  it("says the database answers", async () => {
    expect(await databaseIsReachable()).toBe(true);
  });
});
