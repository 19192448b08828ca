import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actingInWorkspace,
  asksForFreshPage,
  currentDataVersion,
  type DataVersion,
  inRequestContext,
  isCurrent,
  markDataChanged,
  PAGE_CACHE_HEADER,
  PageCache,
  pageCacheKey,
  serveThroughPageCache,
  writesSoFar,
} from "./page-cache";

const NOON = new Date("2026-11-29T12:00:00Z");
const page = (headers: Record<string, string> = {}, url = "/workspace/organisations/org-1", method = "GET") => ({
  method,
  url,
  headers: { cookie: "authjs.session-token=alice; NEXT_LOCALE=nl", "accept-encoding": "gzip", host: "curvewise.example", ...headers },
});

describe("pageCacheKey", () => {
  it("gives the same key to the same page seen the same way on the same day", () => {
    expect(pageCacheKey(page(), NOON)).toBe(pageCacheKey(page(), new Date("2026-11-29T23:59:00Z")));
    expect(pageCacheKey(page({}, "/portal"), NOON)).toBeTruthy();
  });

  it("gives another key when the session, language, URL, encoding, host or day differs", () => {
    const key = pageCacheKey(page(), NOON);
    const others = [
      pageCacheKey(page({ cookie: "authjs.session-token=bob; NEXT_LOCALE=nl" }), NOON),
      pageCacheKey(page({ cookie: "authjs.session-token=alice; NEXT_LOCALE=en" }), NOON),
      pageCacheKey(page({}, "/workspace/organisations/org-2"), NOON),
      pageCacheKey(page({}, "/workspace/organisations/org-1?history=all"), NOON),
      pageCacheKey(page({ "accept-encoding": "br" }), NOON),
      pageCacheKey(page({ "accept-language": "en-GB" }), NOON),
      pageCacheKey(page({ host: "other.example" }), NOON),
      pageCacheKey(page({ "x-forwarded-host": "other.example" }), NOON),
      pageCacheKey(page(), new Date("2026-11-30T00:00:01Z")),
    ];
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
  });

  it("never caches server actions, client-side navigations, other sections or signed-out visits", () => {
    expect(pageCacheKey(page({}, "/workspace", "POST"), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/workspace", "HEAD"), NOON)).toBeNull();
    expect(pageCacheKey(page({ rsc: "1" }), NOON)).toBeNull();
    expect(pageCacheKey(page({ "next-action": "abc" }), NOON)).toBeNull();
    expect(pageCacheKey(page({ "next-router-prefetch": "1" }), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/workspace?_rsc=1x2y"), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/sign-in"), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/respond"), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/workspaces-elsewhere"), NOON)).toBeNull();
    expect(pageCacheKey(page({}, "/api/health"), NOON)).toBeNull();
    expect(pageCacheKey({ method: "GET", url: "/workspace", headers: {} }, NOON)).toBeNull();
  });

  it("treats a hard reload as a request for a fresh page", () => {
    expect(asksForFreshPage(page({ "cache-control": "no-cache" }))).toBe(true);
    expect(asksForFreshPage(page({ pragma: "no-cache" }))).toBe(true);
    expect(asksForFreshPage(page({ "cache-control": "max-age=0" }))).toBe(false);
  });
});

describe("data versions", () => {
  it("a write in a member's request ends that workspace's pages only; any other write ends all", () => {
    const a = currentDataVersion("workspace-a");
    const b = currentDataVersion("workspace-b");
    const untagged = currentDataVersion(null);
    inRequestContext(() => {
      actingInWorkspace("workspace-a");
      markDataChanged();
    });
    expect(isCurrent(a)).toBe(false);
    expect(isCurrent(b)).toBe(true);
    expect(isCurrent(untagged)).toBe(false);

    const b2 = currentDataVersion("workspace-b");
    markDataChanged();
    expect(isCurrent(b2)).toBe(false);
    expect(isCurrent(currentDataVersion("workspace-b"))).toBe(true);
  });

  it("keeps each request's workspace to itself, also across awaits", async () => {
    const before = { a: currentDataVersion("workspace-c"), d: currentDataVersion("workspace-d") };
    await Promise.all([
      inRequestContext(async () => {
        actingInWorkspace("workspace-c");
        await new Promise((resolve) => setTimeout(resolve, 5));
        markDataChanged();
      }),
      inRequestContext(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        // This request has not said whose it is: its write is everyone's.
      }),
    ]);
    expect(isCurrent(before.a)).toBe(false);
    expect(isCurrent(before.d)).toBe(true);
  });
});

describe("PageCache", () => {
  const version = (total: number): DataVersion => ({ workspaceId: null, total });
  const sameGeneration = (wanted: number) => (stored: DataVersion) => stored.workspaceId === null && stored.total === wanted;
  const entry = (at: number, storedAt: number, bytes = 10) => ({ version: version(at), storedAt, status: 200, headers: {}, body: Buffer.alloc(bytes) });

  it("serves a page only on the generation it was rendered on and within its lifetime", () => {
    let now = 1_000;
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 1_000, now: () => now });
    cache.set("a", entry(3, now));
    expect(cache.get("a", sameGeneration(3))).toBeDefined();
    expect(cache.get("a", sameGeneration(4))).toBeUndefined();
    expect(cache.get("a", sameGeneration(3))).toBeUndefined();
    cache.set("b", entry(3, now));
    now += 59_999;
    expect(cache.get("b", sameGeneration(3))).toBeDefined();
    now += 1;
    expect(cache.get("b", sameGeneration(3))).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.storedBytes).toBe(0);
  });

  it("lets the least recently used pages go first when over its budget, and never keeps an oversized page", () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 100, maxEntryBytes: 50, now: () => 0 });
    cache.set("a", entry(0, 0, 40));
    cache.set("b", entry(0, 0, 40));
    expect(cache.get("a", sameGeneration(0))).toBeDefined();
    cache.set("c", entry(0, 0, 40));
    expect(cache.get("b", sameGeneration(0))).toBeUndefined();
    expect(cache.get("a", sameGeneration(0))).toBeDefined();
    expect(cache.get("c", sameGeneration(0))).toBeDefined();
    cache.set("d", entry(0, 0, 51));
    expect(cache.get("d", sameGeneration(0))).toBeUndefined();
    expect(cache.storedBytes).toBe(80);
  });

  it("never answers with a stale page nor holds more than its budget, whatever happens", () => {
    type Step = { kind: "set"; key: number; bytes: number } | { kind: "get"; key: number } | { kind: "write" } | { kind: "wait"; ms: number };
    const step = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), key: fc.integer({ min: 0, max: 5 }), bytes: fc.integer({ min: 0, max: 60 }) }),
      fc.record({ kind: fc.constant("get" as const), key: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant("write" as const) }),
      fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 40_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps: Step[]) => {
        let now = 0;
        let generation = 0;
        const cache = new PageCache({ ttlMs: 60_000, maxBytes: 100, maxEntryBytes: 60, now: () => now });
        for (const current of steps) {
          if (current.kind === "set") cache.set(String(current.key), entry(generation, now, current.bytes));
          if (current.kind === "write") generation += 1;
          if (current.kind === "wait") now += current.ms;
          if (current.kind === "get") {
            const found = cache.get(String(current.key), sameGeneration(generation));
            if (found && (!sameGeneration(generation)(found.version) || now - found.storedAt >= 60_000)) return false;
          }
          if (cache.storedBytes > 100) return false;
        }
        return true;
      }),
    );
  });
});

describe("serveThroughPageCache", () => {
  let renders = 0;
  let nextAnswer: { status: number; cookie?: boolean; writeDuringRender?: boolean } = { status: 200 };
  const cache = new PageCache({ ttlMs: 60_000, maxBytes: 2 ** 20 });
  const server = http.createServer((request, response) => {
    void serveThroughPageCache(cache, request, response, async () => {
      const workspace = request.headers["x-workspace"];
      if (typeof workspace === "string") actingInWorkspace(workspace);
      if (request.url === "/write") {
        markDataChanged();
        response.end("written");
        return;
      }
      renders += 1;
      const answer = nextAnswer;
      response.statusCode = answer.status;
      response.setHeader("content-type", "text/html; charset=utf-8");
      if (answer.cookie) response.setHeader("set-cookie", "flash=1");
      response.write(`<p>render ${renders} for ${request.headers.cookie}</p>`);
      if (answer.writeDuringRender) markDataChanged();
      await new Promise((resolve) => setTimeout(resolve, 5));
      response.end(Buffer.from("<p>end</p>"));
    });
  });
  let base = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const visit = async (path: string, cookie = "session=alice", headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie, ...headers } });
    return { status: response.status, state: response.headers.get(PAGE_CACHE_HEADER), body: await response.text(), type: response.headers.get("content-type") };
  };

  it("renders a page once and answers the repeat view with the same page and headers", async () => {
    nextAnswer = { status: 200 };
    const first = await visit("/workspace/a");
    const second = await visit("/workspace/a");
    expect(first.state).toBe("miss");
    expect(second).toEqual({ ...first, state: "hit" });
    expect(second.body).toContain("<p>end</p>");
  });

  it("renders again after a write, for another session, and on a hard reload", async () => {
    nextAnswer = { status: 200 };
    await visit("/workspace/b");
    expect((await visit("/workspace/b")).state).toBe("hit");
    markDataChanged();
    expect((await visit("/workspace/b")).state).toBe("miss");
    const bob = await visit("/workspace/b", "session=bob");
    expect(bob.state).toBe("miss");
    expect(bob.body).toContain("session=bob");
    expect((await visit("/workspace/b", "session=alice", { "cache-control": "no-cache" })).state).toBe("miss");
    expect((await visit("/workspace/b")).state).toBe("hit");
  });

  it("keeps a workspace's page through another workspace's write, not through its own", async () => {
    nextAnswer = { status: 200 };
    const inA = { "x-workspace": "workspace-a" };
    await visit("/workspace/d", "session=alice", inA);
    expect((await visit("/workspace/d", "session=alice", inA)).state).toBe("hit");
    await visit("/write", "session=bob", { "x-workspace": "workspace-b" });
    expect((await visit("/workspace/d", "session=alice", inA)).state).toBe("hit");
    await visit("/write", "session=carol", inA);
    expect((await visit("/workspace/d", "session=alice", inA)).state).toBe("miss");
    expect((await visit("/workspace/d", "session=alice", inA)).state).toBe("hit");
    await visit("/write", "session=respondent");
    expect((await visit("/workspace/d", "session=alice", inA)).state).toBe("miss");
  });

  it("keeps no error, no answer that sets a cookie and no page written to while it rendered", async () => {
    for (const answer of [{ status: 404 }, { status: 500 }, { status: 200, cookie: true }, { status: 200, writeDuringRender: true }]) {
      nextAnswer = answer;
      const path = `/workspace/c-${answer.status}-${answer.cookie ? "cookie" : ""}-${answer.writeDuringRender ? "write" : ""}`;
      const before = writesSoFar();
      expect((await visit(path)).state).toBe("miss");
      expect((await visit(path)).state, JSON.stringify(answer)).toBe("miss");
      if (answer.writeDuringRender) expect(writesSoFar()).toBeGreaterThan(before);
    }
  });

  it("passes every other request straight to the renderer", async () => {
    nextAnswer = { status: 200 };
    const rendersBefore = renders;
    await visit("/sign-in");
    await visit("/sign-in");
    expect(renders - rendersBefore).toBe(2);
    expect((await visit("/sign-in")).state).toBeNull();
  });
});
