# syntax=docker/dockerfile:1
# Curvewise's image, in three stages (see README, "Deploy"):
#   build    — installs the project and builds the standalone server;
#   release  — the same files: `npm run db:migrate` (prisma migrate deploy) as the release step,
#              run once per deploy before the servers start;
#   runner   — only the standalone folder, Chromium for PDF reports, a non-root user.
# docker build -t curvewise .  &&  docker build --target release -t curvewise-release .

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# better-sqlite3 has prebuilt binaries for Node 20 on glibc; the tools are for when it has none.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM build AS release
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS runner
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core ca-certificates tini \
  && rm -rf /var/lib/apt/lists/* \
  && groupadd --system --gid 1001 curvewise \
  && useradd --system --uid 1001 --gid curvewise --home-dir /app curvewise
WORKDIR /app
# PostgreSQL is the image's database (DATABASE_URL). data/ is only for a single container on
# SQLite with a volume there.
RUN mkdir -p /app/data && chown curvewise:curvewise /app/data
ENV NODE_ENV=production \
    HOME=/tmp \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    CHROMIUM_PATH=/usr/bin/chromium
COPY --from=build --chown=curvewise:curvewise /app/.next/standalone ./
USER curvewise
EXPOSE 3000
# Liveness only: a database that is down is for the orchestrator's readiness probe
# (/api/health?ready=1), not a reason to restart the server.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# tini as PID 1 reaps what Chromium leaves behind and passes signals on. One server process per
# core of the container's CPU quota; WEB_CONCURRENCY to choose.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "serve.mjs"]
