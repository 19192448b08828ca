import fs from "node:fs";
import { BASE, benchDatabaseUrl, signInCookie, startServer, stopServer } from "./server";
const server = await startServer(benchDatabaseUrl());
try {
  const cookie = await signInCookie();
  const body = await (await fetch(BASE + "/workspace", { headers: { cookie } })).text();
  fs.writeFileSync("/tmp/portfolio.html", body);
  const scripts = [...body.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]!.length);
  console.log("total", body.length, "flight scripts", scripts.reduce((a, b) => a + b, 0), "count", scripts.length);
} finally { stopServer(server); }
