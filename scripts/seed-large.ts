// Generates a large workspace for benchmarks: 1,000 organisations × 24 completed assessments
// (every answer stored, every result computed by lib/curve), on whatever DATABASE_URL names.
// Usage: npm run db:seed:large [-- --organisations 1000 --assessments 24]
// Run with `tsx --conditions=react-server`; applies migrations first.
import { execFileSync } from "node:child_process";
import type { Prisma } from "@/generated/sqlite/client";
import { databaseUrl } from "@/lib/database-url";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ORGANISATIONS = argument("organisations", 1000);
const ASSESSMENTS = argument("assessments", 24);
export const LARGE_OWNER_EMAIL = "large@curvewise.example";

execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DATABASE_URL: databaseUrl() },
});
process.env.DATABASE_URL = databaseUrl();

const { db, refreshPlannerStatistics } = await import("@/lib/server/db");
const { hashPassword } = await import("@/lib/server/secrets");
const { addCalendarMonths, scoreAssessment, shippedModels, SMICIKLAS_MODEL_ID } = await import("@/lib/curve");
const { SECTORS, SIZE_BANDS, organisationNameKey } = await import("@/lib/curve");

if (await db.user.findUnique({ where: { email: LARGE_OWNER_EMAIL }, select: { id: true } })) {
  console.log(`${LARGE_OWNER_EMAIL} exists already: nothing to do`);
  // As `npm start` would before serving it.
  await refreshPlannerStatistics();
  process.exit(0);
}

let state = 7;
const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
const started = Date.now();
const passwordHash = await hashPassword("curvewise-demo");

const workspace = await db.workspace.create({ data: { name: "Large Consultancy" }, select: { id: true } });
const consultants: string[] = [];
for (const [index, name] of ["Large Owner", "Anna Consultant", "Bram Consultant", "Chris Consultant"].entries()) {
  const user = await db.user.create({
    data: {
      email: index === 0 ? LARGE_OWNER_EMAIL : `consultant${index}@large.curvewise.example`,
      name,
      passwordHash,
      membership: { create: { workspaceId: workspace.id, role: index === 0 ? "OWNER" : "CONSULTANT" } },
    },
    select: { id: true },
  });
  consultants.push(user.id);
}

const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
const BATCH = 25;
for (let from = 0; from < ORGANISATIONS; from += BATCH) {
  const organisations = Array.from({ length: Math.min(BATCH, ORGANISATIONS - from) }, (_, offset) => {
    const number = from + offset + 1;
    const name = `Client ${String(number).padStart(4, "0")}`;
    return {
      id: `large-org-${number}`,
      workspaceId: workspace.id,
      name,
      nameKey: organisationNameKey(name),
      sector: SECTORS[number % SECTORS.length]!,
      sizeBand: SIZE_BANDS[number % SIZE_BANDS.length]!,
      country: "NL",
      reassessmentMonths: [3, 6, 12][number % 3]!,
      responsibleConsultantId: consultants[number % consultants.length]!,
    };
  });
  const assessments: Prisma.AssessmentCreateManyInput[] = [];
  const answers: { assessmentId: string; itemId: string; optionId: string }[] = [];
  for (const organisation of organisations) {
    let position = 1 + random() * 1.5;
    const pace = (random() - 0.2) * 0.08;
    for (let index = 0; index < ASSESSMENTS; index++) {
      position = Math.min(3.9, Math.max(1, position + pace + (random() - 0.5) * 0.1));
      const id = `${organisation.id}-a${index + 1}`;
      const itemAnswers = model.dimensions.flatMap((dimension) =>
        dimension.items.map((item) => {
          const stage = Math.min(4, Math.max(1, Math.round(position + (random() - 0.5) * 1.2)));
          return { itemId: item.id, optionId: item.options[stage - 1]!.id };
        }),
      );
      const result = scoreAssessment(model, { modelId: model.id, modelVersion: model.version, answers: itemAnswers });
      const assessedOn = addCalendarMonths(today, -(ASSESSMENTS - index) * 1);
      assessments.push({
        id,
        workspaceId: workspace.id,
        organisationId: organisation.id,
        authorId: organisation.responsibleConsultantId,
        title: `Assessment ${index + 1}`,
        scope: "organisation",
        assessedOn,
        modelId: model.id,
        modelVersion: model.version,
        status: "COMPLETED",
        revision: 2,
        completedAt: assessedOn,
        resultPosition: result.position,
        resultStage: result.stage,
        resultDimensions: JSON.stringify(Object.fromEntries(result.dimensions.map((dimension) => [dimension.dimensionId, dimension.score]))),
      });
      for (const answer of itemAnswers) answers.push({ assessmentId: id, ...answer });
    }
  }
  // The organisations carry their completed positions, as completing an assessment writes them.
  const historyOf = (organisationId: string) =>
    JSON.stringify(
      assessments
        .filter((assessment) => assessment.organisationId === organisationId)
        .map((assessment) => [(assessment.assessedOn as Date).toISOString().slice(0, 10), assessment.resultPosition, assessment.resultStage]),
    );
  await db.organisation.createMany({ data: organisations.map((organisation) => ({ ...organisation, progressHistory: historyOf(organisation.id) })) });
  await db.organisationTag.createMany({
    data: organisations.map((organisation, index) => ({ organisationId: organisation.id, label: ["retainer", "pilot", "mkb", "b2b"][index % 4]! })),
  });
  await db.assessment.createMany({ data: assessments });
  for (let start = 0; start < answers.length; start += 5000) await db.assessmentAnswer.createMany({ data: answers.slice(start, start + 5000) });
  process.stdout.write(`\r${from + organisations.length} / ${ORGANISATIONS} organisations`);
}
console.log(
  `\ncreated ${ORGANISATIONS} organisations × ${ASSESSMENTS} assessments in ${((Date.now() - started) / 1000).toFixed(0)} s; sign in as ${LARGE_OWNER_EMAIL} / curvewise-demo`,
);
await refreshPlannerStatistics();
await db.$disconnect();
