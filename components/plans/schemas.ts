import { z } from "zod";
import { ACTION_STATUSES, addCalendarMonths, calendarDayOf, shippedModels, SMICIKLAS_MODEL_ID, type StageNumber } from "@/lib/curve";
import { calendarDateBetween, EARLIEST_DAY, recordId, trimmed } from "@/lib/actions/fields";
import type { ActionItemInput } from "@/lib/server/plans";

/** Plans look at most ten years ahead. */
const PLAN_HORIZON_MONTHS = 120;
const optionalDayUpTo = (to: Date) => z.preprocess((value) => (trimmed(value) === "" ? undefined : value), calendarDateBetween(EARLIEST_DAY, to).optional());
const horizon = (today: Date) => addCalendarMonths(calendarDayOf(today), PLAN_HORIZON_MONTHS);

const dimensionIds = () => shippedModels.latest(SMICIKLAS_MODEL_ID).dimensions.map((dimension) => dimension.id);

export const cadenceSchema = z.object({
  months: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
    z.union([z.null(), z.literal(3), z.literal(6), z.literal(12)], { error: "invalidChoice" }),
  ),
});

const targetStage = z.preprocess(
  (value) => (trimmed(value) === "" ? null : Number(value)),
  z.union([z.null(), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "invalidChoice" }),
);

/** The target form's fields: `stage.<dimension>` and `date.<dimension>` for every dimension. */
export const targetFields = () => dimensionIds().flatMap((id) => [`stage.${id}`, `date.${id}`]);

/** One stage and date per dimension of the latest model; a dimension without a stage has no target. */
export function targetsSchema(today: Date = new Date()) {
  const dimensions = dimensionIds();
  const date = optionalDayUpTo(horizon(today));
  return z
    .object(
      Object.fromEntries(
        dimensions.flatMap((id) => [
          [`stage.${id}`, targetStage],
          [`date.${id}`, date],
        ]),
      ),
    )
    .transform((values) =>
      dimensions.map((dimensionId) => ({
        dimensionId,
        targetStage: (values[`stage.${dimensionId}`] as StageNumber | null) ?? null,
        targetDate: (values[`date.${dimensionId}`] as Date | undefined) ?? null,
      })),
    );
}

export const actionItemSchema = (today: Date = new Date()): z.ZodType<ActionItemInput, unknown> =>
  z.object({
    title: z.preprocess(trimmed, z.string().min(1, "required").max(200, "tooLong")),
    dimensionId: z.preprocess(
      (value) => (trimmed(value) === "" ? null : trimmed(value)),
      z
        .string()
        .max(80)
        .nullable()
        .refine((id) => id === null || dimensionIds().includes(id), "invalidChoice"),
    ),
    ownerName: z.preprocess(trimmed, z.string().max(100, "tooLong")),
    dueDate: optionalDayUpTo(horizon(today)),
    recommendationId: z.preprocess((value) => (trimmed(value) === "" ? null : trimmed(value)), z.string().max(120).nullable()),
  });

export const ACTION_ITEM_FIELDS = ["title", "dimensionId", "ownerName", "dueDate", "recommendationId"] as const;

export const recommendationToPlanSchema = () => z.intersection(z.object({ organisationId: recordId }), actionItemSchema());

export const actionItemTarget = z.object({ organisationId: recordId, actionItemId: recordId });

export const actionStatusChangeSchema = z.object({
  organisationId: recordId,
  actionItemId: recordId,
  status: z.enum(ACTION_STATUSES, { error: "invalidChoice" }),
});
