import { describe, expect, it } from "vitest";
import { addCalendarMonths } from "./calendar";
import { nextReassessmentDue, reassessmentStatus } from "./cadence";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reassessment cadence", () => {
  it("adds calendar months, keeping to the month's end", () => {
    expect(addCalendarMonths(day("2026-01-15"), 6)).toEqual(day("2026-07-15"));
    expect(addCalendarMonths(day("2026-08-31"), 6)).toEqual(day("2027-02-28"));
    expect(addCalendarMonths(day("2027-11-30"), 3)).toEqual(day("2028-02-29"));
    expect(addCalendarMonths(day("2026-12-01"), 12)).toEqual(day("2027-12-01"));
  });

  it("is due a cadence after the latest assessment, or at once when never assessed", () => {
    expect(nextReassessmentDue(6, day("2026-03-10"), day("2025-01-01"))).toEqual(day("2026-09-10"));
    expect(nextReassessmentDue(3, null, day("2026-05-01"))).toEqual(day("2026-05-01"));
    expect(nextReassessmentDue(null, day("2026-03-10"), day("2025-01-01"))).toBeNull();
  });

  it("tells overdue, due within 30 days, and scheduled apart", () => {
    const now = day("2026-11-28");
    expect(reassessmentStatus(day("2026-11-27"), now)).toBe("overdue");
    expect(reassessmentStatus(day("2026-12-20"), now)).toBe("due_soon");
    expect(reassessmentStatus(day("2027-02-01"), now)).toBe("scheduled");
  });
});

describe("due today", () => {
  it("is not overdue on the due day itself, only from the day after", () => {
    const due = day("2026-12-02");
    expect(reassessmentStatus(due, new Date("2026-12-02T15:30:00Z"))).toBe("due_soon");
    expect(reassessmentStatus(due, new Date("2026-12-03T00:00:01Z"))).toBe("overdue");
    // In the workspace's time zone, late evening in UTC can already be the next day.
    expect(reassessmentStatus(due, new Date("2026-12-02T23:30:00Z"), "Europe/Amsterdam")).toBe("overdue");
  });
});
