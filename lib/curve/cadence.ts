// When an organisation is due for its next assessment.
import { addCalendarMonths, calendarDayOf, daysBetween } from "./calendar";

export type ReassessmentStatus = "overdue" | "due_soon" | "scheduled";

/**
 * The next due date: `months` after the latest completed assessment. An organisation that was
 * never assessed is due from the day the cadence applies (its creation).
 */
export function nextReassessmentDue(cadenceMonths: number | null, lastAssessedOn: Date | null, since: Date): Date | null {
  if (!cadenceMonths) return null;
  return lastAssessedOn ? addCalendarMonths(lastAssessedOn, cadenceMonths) : since;
}

const DUE_SOON_DAYS = 30;

/** Due today is not overdue: a reassessment is overdue from the day after its due day. */
export function reassessmentStatus(due: Date, now: Date, timeZone = "UTC"): ReassessmentStatus {
  const today = calendarDayOf(now, timeZone);
  if (due.getTime() < today.getTime()) return "overdue";
  return daysBetween(today, due) <= DUE_SOON_DAYS ? "due_soon" : "scheduled";
}
