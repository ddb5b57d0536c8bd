import { describe, expect, it } from "vitest";
import { describeCallback, formatInCenterZone, type CallbackCenter } from "@/lib/center/hours";

/**
 * Mon–Fri 8 a.m.–8 p.m., Sat–Sun 9 a.m.–5 p.m., Pacific: fixed here rather than read from
 * lib/center/config.ts, so these cases keep testing the clock arithmetic after a center
 * puts in its own hours and zone.
 */
const center: CallbackCenter = {
  timeZone: "America/Los_Angeles",
  callbackMinutes: 15,
  admissionsHours: [
    { days: ["mon", "tue", "wed", "thu", "fri"], open: "08:00", close: "20:00" },
    { days: ["sat", "sun"], open: "09:00", close: "17:00" },
  ],
};
const at = (iso: string) => describeCallback(new Date(iso), center);

describe("describeCallback", () => {
  it("promises a call within the callback minutes while admissions is open", () => {
    expect(at("2026-11-23T22:05:00Z")).toEqual({ openNow: true, text: "within about 15 minutes" }); // Mon 2:05 p.m. PST
    expect(at("2026-11-21T17:00:00Z").openNow).toBe(true); // Sat 9:00 a.m. sharp
    expect(at("2026-11-24T03:59:00Z").openNow).toBe(true); // Mon 7:59 p.m.
  });

  it("names the next opening when closed: today, tomorrow, or a weekday", () => {
    expect(at("2026-11-24T13:00:00Z")).toEqual({
      openNow: false,
      text: "after 8 AM today (Pacific Time)",
      nextOpen: new Date("2026-11-24T16:00:00Z"),
    }); // Tue 5 a.m.
    expect(at("2026-11-24T04:00:00Z").text).toBe("after 8 AM tomorrow (Pacific Time)"); // Mon 8:00 p.m. closes
    expect(at("2026-11-29T01:30:00Z")).toMatchObject({ text: "after 9 AM tomorrow (Pacific Time)" }); // Sat 5:30 p.m.
  });

  it("skips closed days", () => {
    const weekdaysOnly: CallbackCenter = {
      timeZone: "America/Los_Angeles",
      callbackMinutes: 20,
      admissionsHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], open: "08:00", close: "17:00" }],
    };
    const friday = describeCallback(new Date("2026-11-28T02:00:00Z"), weekdaysOnly); // Fri 6 p.m.
    expect(friday).toEqual({
      openNow: false,
      text: "after 8 AM on Monday (Pacific Time)",
      nextOpen: new Date("2026-11-30T16:00:00Z"),
    });
    expect(describeCallback(new Date("2026-11-30T17:00:00Z"), weekdaysOnly).text).toBe("within about 20 minutes");
  });

  it("lands on the right hour across daylight-saving changes", () => {
    // Sat Oct 31 6 p.m. PDT; clocks fall back overnight, so Sunday 9 a.m. is PST (UTC-8).
    expect(at("2026-11-01T01:00:00Z").nextOpen).toEqual(new Date("2026-11-01T17:00:00Z"));
    // Sat Mar 7 6 p.m. PST; clocks spring forward overnight, so Sunday 9 a.m. is PDT (UTC-7).
    expect(at("2026-03-08T02:00:00Z").nextOpen).toEqual(new Date("2026-03-08T16:00:00Z"));
    // Sun Mar 8, 8:30 a.m. PDT is 15:30 UTC: still closed; 9:00 a.m. PDT is 16:00 UTC: open.
    expect(at("2026-03-08T15:30:00Z").openNow).toBe(false);
    expect(at("2026-03-08T16:00:00Z").openNow).toBe(true);
  });

  it("uses the center's zone, not the server's", () => {
    const newYork: CallbackCenter = { ...center, timeZone: "America/New_York" };
    // Mon 6 p.m. in Portland (open) is 9 p.m. in New York (closed).
    expect(at("2026-11-24T02:00:00Z").openNow).toBe(true);
    expect(describeCallback(new Date("2026-11-24T02:00:00Z"), newYork)).toEqual({
      openNow: false,
      text: "after 8 AM tomorrow (Eastern Time)",
      nextOpen: new Date("2026-11-24T13:00:00Z"),
    });
  });
});

describe("formatInCenterZone", () => {
  it("writes the date and time the way staff read them, with the zone", () => {
    expect(formatInCenterZone(new Date("2026-11-23T22:05:00Z"), center)).toBe("Mon, Nov 23, 2026, 2:05 PM PST");
    expect(formatInCenterZone(new Date("2026-07-04T07:00:00Z"), center)).toBe("Sat, Jul 4, 2026, 12 AM PDT");
    expect(formatInCenterZone(new Date("2026-07-04T19:30:00Z"), center)).toBe("Sat, Jul 4, 2026, 12:30 PM PDT");
  });
});
