// When an organisation is due for its next assessment.

/** The same day of the month `months` later, or the month's last day when it has fewer days. */
export function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes()));
}

export type ReassessmentStatus = "overdue" | "due_soon" | "scheduled";

/**
 * The next due date: `months` after the latest completed assessment. An organisation that was
 * never assessed is due from the day the cadence applies (its creation).
 */
export function nextReassessmentDue(cadenceMonths: number | null, lastAssessedOn: Date | null, since: Date): Date | null {
  if (!cadenceMonths) return null;
  return lastAssessedOn ? addCalendarMonths(lastAssessedOn, cadenceMonths) : since;
}

export const DUE_SOON_DAYS = 30;

export function reassessmentStatus(due: Date, now: Date): ReassessmentStatus {
  if (due.getTime() < now.getTime()) return "overdue";
  return due.getTime() - now.getTime() <= DUE_SOON_DAYS * 86_400_000 ? "due_soon" : "scheduled";
}
