// After `next build`: makes .next/standalone a folder that runs on its own (`node serve.mjs`),
// with the browser's static files and the multi-process starter beside Next.js's server.js.
import fs from "node:fs";

const target = ".next/standalone";
if (!fs.existsSync(`${target}/server.js`)) throw new Error(`${target}/server.js is missing: is output "standalone" set in next.config.js?`);
fs.rmSync(`${target}/.next/static`, { recursive: true, force: true });
fs.cpSync(".next/static", `${target}/.next/static`, { recursive: true });
fs.copyFileSync("scripts/serve.mjs", `${target}/serve.mjs`);
// Next.js copies the project's .env files into the folder; secrets belong to where it runs
// (`npm start` reads the project's .env itself), not in the build or an image made from it.
for (const file of fs.readdirSync(target)) if (file.startsWith(".env")) fs.rmSync(`${target}/${file}`);
