// When an organisation is due for its next assessment.
import { addCalendarMonths, DAY_MS } from "./calendar";

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

export function reassessmentStatus(due: Date, now: Date): ReassessmentStatus {
  if (due.getTime() < now.getTime()) return "overdue";
  return due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS ? "due_soon" : "scheduled";
}
