// The Curvewise domain core: pure TypeScript, no React, Next.js or Prisma.
export * from "./model";
export * from "./errors";
export * from "./scoring";
export * from "./respondents";
export * from "./over-time";
export * from "./recommendations";
export * from "./versions";
export * from "./calendar";
export * from "./cadence";
export * from "./portfolio";
export * from "./pulse";
export * from "./vocabulary";
export * from "./stored";
export * from "./contrast";
export * from "./curve";
export * from "./exchange";
export * from "./strategy";
