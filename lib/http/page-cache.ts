// Repeat views of a signed-in page whose data has not changed are served from memory instead
// of being rendered again: a page costs 40–70 ms of server time to render, a repeat view well
// under a millisecond (docs/benchmarks.md). Used by server.ts, in front of Next.js.
//
// What keeps it safe:
// - an entry answers only a request with the very same Cookie header (so the same session and
//   language), URL, host and accepted encodings, on the same UTC day;
// - every write to the database in this process (lib/server/db.ts) moves the data generation
//   on, and an entry is only served while the generation is the one its render started at;
// - entries live at most `ttlMs`, which bounds what the generation cannot see: writes made by
//   another server process, and texts that depend on the clock (an invitation that expires);
// - only complete 200 answers without Set-Cookie are kept; server actions, client-side
//   navigations (RSC requests) and a hard reload (Cache-Control: no-cache) are always rendered.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

const GENERATION = Symbol.for("curvewise.dataGeneration");
type GenerationHolder = { [GENERATION]?: number };

/** How many writes this process has made; shared through globalThis because Next.js's bundle
 * of lib/server/db.ts and server.ts's copy of this module are different module instances. */
export function dataGeneration(): number {
  return (globalThis as GenerationHolder)[GENERATION] ?? 0;
}

export function markDataChanged(): void {
  (globalThis as GenerationHolder)[GENERATION] = dataGeneration() + 1;
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

export type CachedPage = { generation: number; storedAt: number; status: number; headers: OutgoingHttpHeaders; body: Buffer };

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

  get(key: string, generation: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.generation !== generation || this.now() - page.storedAt >= this.options.ttlMs) {
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

/** Answers a repeat view from the cache, or renders the page and keeps the answer. */
export async function serveThroughPageCache(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  render: () => Promise<void>,
  now: () => number = Date.now,
): Promise<void> {
  const key = pageCacheKey(request, new Date(now()));
  if (!key) return render();
  const generation = dataGeneration();
  const cached = asksForFreshPage(request) ? undefined : cache.get(key, generation);
  if (cached) {
    response.writeHead(cached.status, { ...cached.headers, [PAGE_CACHE_HEADER]: "hit", "content-length": cached.body.length });
    response.end(cached.body);
    return;
  }
  response.setHeader(PAGE_CACHE_HEADER, "miss");
  const renderStartedAt = now();
  recordResponse(response, (status, headers, body) => {
    // A write during the render may or may not be in this page: keep only pages rendered on
    // one unchanged generation.
    if (status !== 200 || headers["set-cookie"] !== undefined || dataGeneration() !== generation) return;
    cache.set(key, { generation, storedAt: renderStartedAt, status, headers: storableHeaders(headers), body });
  });
  return render();
}
