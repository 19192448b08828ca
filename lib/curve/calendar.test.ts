import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarMonths, addDays, calendarDayOf, daysBetween, hourOf, isoDay, isoWeekOf, isTimeZone, monthsBetween, parseCalendarDay } from "./calendar";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("calendar days", () => {
  it("reads only real calendar days", () => {
    expect(parseCalendarDay("2026-12-02")).toEqual(day("2026-12-02"));
    for (const text of ["2026-02-30", "2026-13-01", "02-12-2026", "2026-1-2", "", "2026-12-02T10:00"]) expect(parseCalendarDay(text)).toBeNull();
  });

  it("writes a day back as it was read", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2200-12-31"), noInvalidDate: true }), (instant) => {
        const text = isoDay(instant);
        expect(isoDay(parseCalendarDay(text)!)).toBe(text);
      }),
    );
  });

  it("finds the day an instant falls on in a time zone", () => {
    const lateEvening = new Date("2026-12-01T23:30:00Z");
    expect(calendarDayOf(lateEvening, "UTC")).toEqual(day("2026-12-01"));
    expect(calendarDayOf(lateEvening, "Europe/Amsterdam")).toEqual(day("2026-12-02"));
    expect(calendarDayOf(new Date("2026-07-01T22:30:00Z"), "Europe/Amsterdam")).toEqual(day("2026-07-02"));
  });

  it("counts days and months between instants", () => {
    expect(daysBetween(day("2026-01-01"), day("2026-03-01"))).toBe(59);
    expect(daysBetween(day("2026-03-01"), day("2026-01-01"))).toBe(-59);
    expect(monthsBetween(day("2025-01-01"), day("2026-01-01"))).toBeCloseTo(12, 1);
  });

  it("adds calendar months, keeping to the month's end, and never moves backwards", () => {
    expect(addCalendarMonths(day("2026-08-31"), 6)).toEqual(day("2027-02-28"));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_500 }), fc.integer({ min: 0, max: 120 }), (daysSince2000, months) => {
        const start = new Date(Date.UTC(2000, 0, 1 + daysSince2000));
        const later = addCalendarMonths(start, months);
        expect(later.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(later.getUTCDate()).toBeLessThanOrEqual(start.getUTCDate());
      }),
    );
  });
});

describe("weeks and hours for scheduled work", () => {
  it("names the ISO week, whose year is that of its Thursday", () => {
    expect(isoWeekOf(day("2026-12-07"))).toBe("2026-W50");
    expect(isoWeekOf(day("2026-12-13"))).toBe("2026-W50");
    expect(isoWeekOf(day("2027-01-01"))).toBe("2026-W53");
    expect(isoWeekOf(day("2025-12-29"))).toBe("2026-W01");
    expect(isoWeekOf(day("2024-12-30"))).toBe("2025-W01");
  });

  it("gives every day of a week the same week and the next Monday the next one", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-03"), max: new Date("2100-12-31"), noInvalidDate: true }), (instant) => {
        const monday = addDays(calendarDayOf(instant), -((calendarDayOf(instant).getUTCDay() + 6) % 7));
        const week = isoWeekOf(monday);
        for (let offset = 1; offset < 7; offset += 1) expect(isoWeekOf(addDays(monday, offset))).toBe(week);
        expect(isoWeekOf(addDays(monday, 7))).not.toBe(week);
      }),
    );
  });

  it("reads the hour in the workspace's time zone", () => {
    expect(hourOf(new Date("2026-12-07T06:59:00Z"), "Europe/Amsterdam")).toBe(7);
    expect(hourOf(new Date("2026-07-06T06:00:00Z"), "Europe/Amsterdam")).toBe(8);
    expect(hourOf(new Date("2026-12-07T23:30:00Z"))).toBe(23);
  });

  it("knows a time zone from a typing mistake", () => {
    expect(isTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Amsterdamm")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
