// Bundles server.ts (and the page cache it uses) into one plain JavaScript file, so that the
// production server runs on Node.js alone: a TypeScript loader at run time would cost about
// 150 MB of memory. Next.js itself stays an external package. Part of `npm run build`.
import { build } from "esbuild";

await build({
  entryPoints: ["server.ts"],
  outfile: ".next/curvewise/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
