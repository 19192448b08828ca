// Scores 100,000 generated assessments with the shipped model and reports throughput.
// Run: npm run bench:scoring   (optionally: npm run bench:scoring -- 200000)
import os from "node:os";
import { indexModel, scoreAssessment, shippedModels, SMICIKLAS_MODEL_ID, type Answer, type AssessmentInput } from "@/lib/curve";

const count = Number(process.argv[2] ?? 100_000);
const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
const items = [...indexModel(model).items.values()];

// A small deterministic generator, so every run scores the same assessments.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

function generate(): AssessmentInput {
  const base = 1 + Math.floor(random() * 4);
  const answers: Answer[] = items.map(({ item }) => {
    const roll = random();
    if (roll < 0.04) return { itemId: item.id, skip: "not_applicable" };
    if (roll < 0.08) return { itemId: item.id, skip: "dont_know" };
    const stage = Math.min(4, Math.max(1, base + Math.round((random() - 0.5) * 2)));
    return { itemId: item.id, optionId: item.options[stage - 1]!.id };
  });
  return { modelId: model.id, modelVersion: model.version, answers };
}

const assessments = Array.from({ length: count }, generate);
// Warm up the JIT on a slice before timing.
for (const assessment of assessments.slice(0, 2_000)) scoreAssessment(model, assessment);

const started = process.hrtime.bigint();
let checksum = 0;
for (const assessment of assessments) checksum += scoreAssessment(model, assessment).position ?? 0;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(
  JSON.stringify(
    {
      benchmark: "score assessments",
      assessments: count,
      itemsPerAssessment: items.length,
      seconds: Number(seconds.toFixed(3)),
      assessmentsPerSecond: Math.round(count / seconds),
      microsecondsPerAssessment: Number(((seconds / count) * 1e6).toFixed(2)),
      meanPosition: Number((checksum / count).toFixed(3)),
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
    },
    null,
    2,
  ),
);
