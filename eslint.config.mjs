import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

// The house rules: imports point one way, app → components → actions → lib/auth → lib/server →
// lib/curve, and only the data layer talks to the database. Each layer below lists what it may
// not import; a later block for the same files replaces the rule, so every block names all of it.

const prismaOnlyInDataLayer = { group: ["@/generated/*", "@prisma/*", "@/lib/server/db"], message: "Only lib/server/** may use the Prisma client." };
const noRoutes = { group: ["@/app/*", "@/app/**"], message: "Nothing imports from app/: routes sit on top." };
const noUi = { group: ["@/components/*", "@/components/**"], message: "lib/ is below the UI: it never imports components." };
const noActions = { group: ["@/lib/actions", "@/lib/actions/*"], message: "Server actions sit above lib/auth and lib/server." };
const noGuards = { group: ["@/lib/auth", "@/lib/auth/*"], message: "lib/server is below lib/auth: the guards call the data layer, not the other way round." };
const frameworks = ["react", "react-dom", "next", "next/*", "next-intl", "next-intl/*", "next-auth", "server-only"];

// Links without prefetching, the app's one Link (components/ui/link.tsx says why).
const oneLink = { group: ["next/link"], message: "Use Link from @/components/ui/link." };
// Relative imports climbing more than one folder would slip past the rules below.
const noClimbing = { group: ["../../*", "../../**"], message: "Import across folders with @/…, so that the layer rules see it." };
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns: [noClimbing, ...patterns] }] });

const config = [
  { ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "scratch/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      ...restrict(prismaOnlyInDataLayer, oneLink),
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  { files: ["components/**"], rules: restrict(prismaOnlyInDataLayer, noRoutes, oneLink) },
  { files: ["components/ui/link.tsx"], rules: restrict(prismaOnlyInDataLayer, noRoutes) },
  {
    // A feature's actions: its schemas and limits, never its UI.
    files: ["components/*/actions.ts"],
    rules: restrict(prismaOnlyInDataLayer, noRoutes, {
      group: ["@/components/*/*", "!@/components/*/schemas", "!@/components/*/limits", "./*", "!./schemas", "!./limits", "../*"],
      message: "A feature's actions import its schemas and limits, never UI components.",
    }),
  },
  { files: ["lib/**"], rules: restrict(prismaOnlyInDataLayer, noRoutes, noUi) },
  { files: ["lib/auth/**", "lib/http/**", "lib/i18n/**"], rules: restrict(prismaOnlyInDataLayer, noRoutes, noUi, noActions) },
  { files: ["lib/server/**"], rules: restrict(noRoutes, noUi, noActions, noGuards) },
  {
    // The domain core stays pure: no framework, no database, no request.
    files: ["lib/curve/**"],
    rules: restrict(noRoutes, noUi, noActions, noGuards, {
      group: [...frameworks, "@prisma/*", "@/generated/*", "@/lib/server", "@/lib/server/*", "@/lib/http/*"],
      message: "lib/curve is the pure domain core: no React, Next.js, Prisma or server imports.",
    }),
  },
  {
    files: ["prisma.config.ts", "prisma/**", "scripts/**", "e2e/**", "tests/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
