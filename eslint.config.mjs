import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Only the data layer may talk to the database.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/generated/*", "@prisma/*", "@/lib/server/db"], message: "Only lib/server/** may use the Prisma client." },
          ],
        },
      ],
    },
  },
  {
    // The domain core stays pure: no framework, no database, no request.
    files: ["lib/curve/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "next-intl", "next-intl/*", "next-auth", "@prisma/*", "@/generated/*", "@/lib/server/*", "@/lib/auth", "@/lib/auth/*", "server-only"],
              message: "lib/curve is the pure domain core: no React, Next.js, Prisma or server imports.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/server/**", "prisma.config.ts", "prisma/**", "scripts/**", "e2e/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
