import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const isDevelopment = process.env.NODE_ENV === "development";

// Next.js inlines its bootstrap scripts and Recharts sets inline styles, hence 'unsafe-inline';
// everything else comes from this origin only, and no other site may frame Curvewise.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDevelopment ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A folder that runs on its own (`node .next/standalone/serve.mjs`): what `npm start` and the
  // image run.
  output: "standalone",
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Playwright reads files it does not import (browsers.json); the standalone folder needs them.
  outputFileTracingIncludes: { "/**": ["./node_modules/playwright-core/**/*"] },
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "playwright-core", "@resvg/resvg-js"],
  // A logo upload (1 MB at most) is sent through a server action.
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // `CURVEWISE_UNMINIFIED=1 npm run build` keeps function names for `npm run bench:profile`.
    turbopackMinify: process.env.CURVEWISE_UNMINIFIED !== "1",
  },
};

export default withNextIntl(nextConfig);
