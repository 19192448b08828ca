import { expect, test } from "@playwright/test";

test("liveness answers without the database, readiness asks it", async ({ request }) => {
  const live = await request.get("/api/health");
  expect([live.status(), await live.text()]).toEqual([200, "ok"]);
  const ready = await request.get("/api/health?ready=1");
  expect([ready.status(), await ready.text(), ready.headers()["cache-control"]]).toEqual([200, "ready", "no-store"]);
});
