// Repeat views of a signed-in page whose data has not changed are served from memory instead
// of being rendered again: a page costs 40–100 ms of server time to render, a repeat view well
// under a millisecond (docs/benchmarks.md). Used by server.ts, in front of Next.js.
//
// What keeps it safe:
// - an entry answers only a request with the very same Cookie header (so the same session and
//   language), URL, host and accepted encodings, on the same UTC day;
// - every write to the database in this process (lib/server/db.ts) is counted, for the
//   workspace of the member making it when known (lib/auth's guards say), for everyone
//   otherwise; an entry is only served while no write that could change it has been counted
//   since its render, and a page during whose render anything was written is not kept;
// - entries live at most `ttlMs`, which bounds what these counts cannot see: writes made by
//   another server process, and texts that depend on the clock (an invitation that expires);
// - only complete 200 answers without Set-Cookie are kept; server actions, client-side
//   navigations (RSC requests) and a hard reload (Cache-Control: no-cache) are always rendered.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

// Shared through globalThis: Next.js's bundle of the data layer and the guards, and server.ts's
// copy of this module, are different module instances in the same process.
const GENERATIONS = Symbol.for("curvewise.dataGenerations");
const REQUEST_CONTEXT = Symbol.for("curvewise.requestContext");

/** `total` counts every write; `shared` the writes not known to stay inside one workspace. */
type Generations = { total: number; shared: number; byWorkspace: Map<string, number> };
type RequestContext = { workspaceId?: string };
type Shared = { [GENERATIONS]?: Generations; [REQUEST_CONTEXT]?: AsyncLocalStorage<RequestContext> };

function generations(): Generations {
  return ((globalThis as Shared)[GENERATIONS] ??= { total: 0, shared: 0, byWorkspace: new Map() });
}

function requestContext(): AsyncLocalStorage<RequestContext> {
  return ((globalThis as Shared)[REQUEST_CONTEXT] ??= new AsyncLocalStorage<RequestContext>());
}

/** Runs one request's work with a context in which the guards record whose request it is. */
export function inRequestContext<T>(work: (context: RequestContext) => T): T {
  const context: RequestContext = {};
  return requestContext().run(context, () => work(context));
}

/** Called by the guards once they know the signed-in member: this request acts in that workspace. */
export function actingInWorkspace(workspaceId: string): void {
  const context = requestContext().getStore();
  if (context) context.workspaceId = workspaceId;
}

/** How many writes this process has made. */
export function writesSoFar(): number {
  return generations().total;
}

/**
 * The data layer calls this after every write. A write in a request whose member is known
 * ends the cached pages of that member's workspace (every page shows one workspace's data);
 * any other write (a respondent's answer, a sign-up, a script) ends every cached page.
 */
export function markDataChanged(): void {
  const counts = generations();
  counts.total += 1;
  const workspaceId = requestContext().getStore()?.workspaceId;
  if (workspaceId) counts.byWorkspace.set(workspaceId, (counts.byWorkspace.get(workspaceId) ?? 0) + 1);
  else counts.shared += 1;
}

/** What a page was rendered on: the writes that could have changed it since are counted here. */
export type DataVersion = { workspaceId: string; workspace: number; shared: number } | { workspaceId: null; total: number };

export function currentDataVersion(workspaceId: string | null | undefined): DataVersion {
  const counts = generations();
  return workspaceId ? { workspaceId, workspace: counts.byWorkspace.get(workspaceId) ?? 0, shared: counts.shared } : { workspaceId: null, total: counts.total };
}

export function isCurrent(version: DataVersion): boolean {
  const now = currentDataVersion(version.workspaceId);
  return version.workspaceId === null
    ? now.workspaceId === null && now.total === version.total
    : now.workspaceId !== null && now.workspace === version.workspace && now.shared === version.shared;
}

const CACHED_SECTIONS = ["/workspace", "/portal"];
const NAVIGATION_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const KEY_HEADERS = ["cookie", "accept-encoding", "accept-language", "host", "x-forwarded-host", "x-forwarded-proto"];
// Headers that belong to one connection or one moment, not to the page.
const UNSTORED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
export const PAGE_CACHE_HEADER = "x-page-cache";

type CacheableRequest = Pick<IncomingMessage, "method" | "url" | "headers">;

function headerText(request: CacheableRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** The key of a page request that may be answered from the cache, or null when it must not. */
export function pageCacheKey(request: CacheableRequest, now: Date): string | null {
  if (request.method !== "GET" || !request.url) return null;
  const url = new URL(request.url, "http://page.invalid");
  const inSection = CACHED_SECTIONS.some((section) => url.pathname === section || url.pathname.startsWith(`${section}/`));
  if (!inSection || url.searchParams.has("_rsc")) return null;
  if (NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (!headerText(request, "cookie")) return null;
  const parts = [request.url, now.toISOString().slice(0, 10), ...KEY_HEADERS.map((name) => headerText(request, name))];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

/** A hard reload asks for a fresh page: render it (and keep the new one). */
export function asksForFreshPage(request: CacheableRequest): boolean {
  return /no-cache/i.test(headerText(request, "cache-control")) || /no-cache/i.test(headerText(request, "pragma"));
}

export type CachedPage = { version: DataVersion; storedAt: number; status: number; headers: OutgoingHttpHeaders; body: Buffer };

export type PageCacheOptions = { ttlMs: number; maxBytes: number; maxEntryBytes?: number; now?: () => number };

/** Least recently used pages first out, within a byte budget. */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.pages.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /** The page under `key` while `stillCurrent` says its data has not changed and it is young enough. */
  get(key: string, stillCurrent: (version: DataVersion) => boolean = isCurrent): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (!stillCurrent(page.version) || this.now() - page.storedAt >= this.options.ttlMs) {
      this.delete(key);
      return undefined;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.delete(key);
    if (page.body.length > (this.options.maxEntryBytes ?? this.options.maxBytes / 8)) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldestKey] of this.pages) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldestKey);
    }
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.body.length;
    this.pages.delete(key);
  }
}

type Chunk = string | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk);
}

/** Passes the response through untouched and hands over what was sent once it has finished. */
function recordResponse(response: ServerResponse, onFinished: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let headers: OutgoingHttpHeaders | undefined;
  const keepHeaders = (extra?: unknown) => {
    if (headers) return;
    headers = { ...response.getHeaders() };
    if (extra && typeof extra === "object" && !Array.isArray(extra)) Object.assign(headers, extra);
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    keepHeaders(args.find((argument) => typeof argument === "object"));
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  response.write = ((chunk: Chunk, ...rest: unknown[]) => {
    keepHeaders();
    if (chunk) chunks.push(toBuffer(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined));
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  response.end = ((chunk?: Chunk | (() => void), ...rest: unknown[]) => {
    keepHeaders();
    if (chunk && typeof chunk !== "function") chunks.push(toBuffer(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : undefined));
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  response.once("finish", () => onFinished(response.statusCode, headers ?? response.getHeaders(), Buffer.concat(chunks)));
}

function storableHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !UNSTORED_HEADERS.has(name.toLowerCase())));
}

/**
 * Answers a repeat view from the cache, or renders the page and keeps the answer. Every request
 * goes through here, so that the writes of server actions are counted for their workspace too.
 */
export function serveThroughPageCache(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  render: () => Promise<void>,
): Promise<void> {
  return inRequestContext(async (context) => {
    const key = pageCacheKey(request, new Date());
    if (!key) return render();
    const cached = asksForFreshPage(request) ? undefined : cache.get(key);
    if (cached) {
      response.writeHead(cached.status, { ...cached.headers, [PAGE_CACHE_HEADER]: "hit", "content-length": cached.body.length });
      response.end(cached.body);
      return;
    }
    response.setHeader(PAGE_CACHE_HEADER, "miss");
    const renderStartedAt = Date.now();
    const writesBefore = writesSoFar();
    recordResponse(response, (status, headers, body) => {
      // A write during the render may or may not be in this page: keep only pages rendered
      // while nothing at all was written.
      if (status !== 200 || headers["set-cookie"] !== undefined || writesSoFar() !== writesBefore) return;
      cache.set(key, { version: currentDataVersion(context.workspaceId), storedAt: renderStartedAt, status, headers: storableHeaders(headers), body });
    });
    return render();
  });
}
