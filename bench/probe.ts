import { BASE, benchDatabaseUrl, signInCookie, startServer, stopServer } from "./server";
const server = await startServer(benchDatabaseUrl());
try {
  const cookie = await signInCookie();
  for (const path of ["/api/health", "/workspace", "/workspace/organisations/large-org-500", "/workspace/compare?ids=large-org-1,large-org-2", "/workspace/organisations", "/workspace/team"]) {
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      const r = await fetch(BASE + path, { headers: { cookie } });
      const body = await r.text();
      times.push(performance.now() - t);
      if (i === 7) console.log(path, r.status, Math.round(body.length / 1024) + "kB", times.slice(3).map((x) => Math.round(x)).join(" "));
    }
  }
} finally { stopServer(server); }
