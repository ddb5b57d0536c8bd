import { describe, expect, it } from "vitest";
import type { CallbackCenter } from "@/lib/center/hours";
import { center } from "@/lib/center/schema";
import { callbackDueAt, isOverdue } from "@/lib/staff/requests/overdue";

/** The demo center: Pacific, Mon–Fri 8 a.m.–8 p.m., Sat–Sun 9 a.m.–5 p.m., 15 minutes. */
const due = (iso: string, c: CallbackCenter = center) => callbackDueAt(new Date(iso), c).toISOString();
const fresh = (iso: string) => ({ receivedAt: new Date(iso), status: "new", holderId: null });

const eastern: CallbackCenter = {
  timeZone: "America/New_York",
  callbackMinutes: 10,
  admissionsHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], open: "09:00", close: "17:00" }],
};

describe("the callback-overdue rule", () => {
  it("allows the callback minutes from receipt while admissions is open", () => {
    expect(due("2026-11-23T22:05:00Z")).toBe("2026-11-23T22:20:00.000Z"); // Mon 2:05 p.m. PST
    const request = fresh("2026-11-23T22:05:00Z");
    expect(isOverdue(request, new Date("2026-11-23T22:20:00Z"), center)).toBe(false);
    expect(isOverdue(request, new Date("2026-11-23T22:20:01Z"), center)).toBe(true);
  });

  it("runs from the next opening when closed (overnight, weekend hours)", () => {
    expect(due("2026-11-24T13:00:00Z")).toBe("2026-11-24T16:15:00.000Z"); // Tue 5 a.m. → 8:15 a.m.
    expect(due("2026-11-24T04:00:00Z")).toBe("2026-11-24T16:15:00.000Z"); // Mon 8 p.m. (closing) → Tue 8:15 a.m.
    expect(due("2026-11-29T01:30:00Z")).toBe("2026-11-29T17:15:00.000Z"); // Sat 5:30 p.m. → Sun 9:15 a.m.
    expect(isOverdue(fresh("2026-11-24T13:00:00Z"), new Date("2026-11-24T16:00:00Z"), center)).toBe(false);
  });

  it("follows the center's own time zone, not the server's", () => {
    // Fri 4:55 p.m. in New York is 21:55 UTC: still open there, so 10 minutes.
    expect(due("2026-11-27T21:55:00Z", eastern)).toBe("2026-11-27T22:05:00.000Z");
    // Fri 5:00 p.m. New York: closed until Monday 9 a.m. EST.
    expect(due("2026-11-27T22:00:00Z", eastern)).toBe("2026-11-30T14:10:00.000Z");
  });

  it("lands on the right hour across a daylight-saving change", () => {
    // Sat 2026-03-07 6 p.m. PST, closed; Sunday 9 a.m. is PDT (UTC-7).
    expect(due("2026-03-08T02:00:00Z")).toBe("2026-03-08T16:15:00.000Z");
    // Fri 2026-10-30 9 p.m. EDT; Monday 9 a.m. is EST (UTC-5).
    expect(due("2026-10-31T01:00:00Z", eastern)).toBe("2026-11-02T14:10:00.000Z");
  });

  it("is never overdue once someone changed its status or holds it", () => {
    const late = new Date("2026-11-25T00:00:00Z");
    expect(isOverdue({ ...fresh("2026-11-23T22:05:00Z"), status: "tried-to-reach" }, late, center)).toBe(false);
    expect(isOverdue({ ...fresh("2026-11-23T22:05:00Z"), holderId: "u1" }, late, center)).toBe(false);
    expect(isOverdue(fresh("2026-11-23T22:05:00Z"), late, center)).toBe(true);
  });
});
