// The production server (`npm start`, after `npm run build`): Next.js's request handler
// behind the page cache, which answers repeat views of unchanged pages from memory
// (lib/http/page-cache.ts).
// PORT (3000), HOST (all interfaces), PAGE_CACHE_SECONDS (60; 0 turns the cache off) and
// PAGE_CACHE_MB (64) configure it.
import http from "node:http";
import { PageCache, serveThroughPageCache } from "./lib/http/page-cache";

// Set before Next.js is loaded: it reads NODE_ENV when its modules load.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
const { default: next } = await import("next");

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;
const cacheSeconds = Number(process.env.PAGE_CACHE_SECONDS ?? 60);
const cache = cacheSeconds > 0 ? new PageCache({ ttlMs: cacheSeconds * 1000, maxBytes: Number(process.env.PAGE_CACHE_MB || 64) * 2 ** 20 }) : null;

// `npm run build` bundles this file into .next/curvewise/; the app is the working directory.
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const render = () => handle(request, response);
  (cache ? serveThroughPageCache(cache, request, response, render) : render()).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, host, () => {
  console.log(`Curvewise is ready on http://localhost:${port} (page cache ${cache ? `${cacheSeconds} s` : "off"})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
