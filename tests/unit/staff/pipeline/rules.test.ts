import { describe, expect, it } from "vitest";
import { allowedOutcomes, statusAfterAttempt } from "@/lib/staff/pipeline/attempt-outcomes";
import { availablePresets, chosenTime, followUpState, presetTime, toLocalInput } from "@/lib/staff/pipeline/follow-up";
import { lostSchema } from "@/lib/staff/pipeline/lost";

const LA = "America/Los_Angeles";
const NY = "America/New_York";
const MIN = 60_000;

describe("call attempts", () => {
  it("offers voicemail and texts only when the visitor allowed them", () => {
    expect(allowedOutcomes({ voicemail: false, texts: false })).toEqual(["no-answer", "reached", "wrong-number"]);
    expect(allowedOutcomes({ voicemail: true, texts: false })).toEqual(["no-answer", "left-voicemail", "reached", "wrong-number"]);
    expect(allowedOutcomes({ voicemail: true, texts: true })).toContain("texted");
  });

  it("moves a request forward from the first stages only", () => {
    expect(statusAfterAttempt("new", "no-answer")).toBe("tried-to-reach");
    expect(statusAfterAttempt("tried-to-reach", "reached")).toBe("reached");
    expect(statusAfterAttempt("assessment-booked", "no-answer")).toBe("assessment-booked");
    expect(statusAfterAttempt("lost", "reached")).toBe("reached");
    expect(statusAfterAttempt("lost", "no-answer")).toBe("lost");
  });
});

describe("closing as lost", () => {
  it("requires a reason from the config's list", () => {
    expect(lostSchema.safeParse({}).success).toBe(false);
    expect(lostSchema.safeParse({ reason: "felt-like-it" }).error?.issues[0].path).toEqual(["reason"]);
    expect(lostSchema.parse({ reason: "not-ready", partner: "", referredTo: "  " })).toEqual({ reason: "not-ready" });
  });

  it("takes a partner from the config and a short one-line place", () => {
    expect(lostSchema.parse({ reason: "needs-higher-care", partner: "riverbend-residential", referredTo: " Unit B " })).toEqual({
      reason: "needs-higher-care",
      partner: "riverbend-residential",
      referredTo: "Unit B",
    });
    const bad = lostSchema.safeParse({ reason: "other", partner: "made-up", referredTo: "x".repeat(121) });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["detail", "partner", "referredTo"]);
    expect(lostSchema.safeParse({ reason: "other", detail: "moved", referredTo: "line\nbreak" }).success).toBe(false);
  });

  it("'Other' takes a few words of why, and only 'Other' keeps them", () => {
    expect(lostSchema.safeParse({ reason: "other", detail: "  " }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["detail", "Say in a few words why."],
    ]);
    expect(lostSchema.parse({ reason: "other", detail: " Moved out of state " })).toEqual({
      reason: "other",
      detail: "Moved out of state",
    });
    expect(lostSchema.safeParse({ reason: "other", detail: "x".repeat(81) }).error?.issues[0].path).toEqual(["detail"]);
    expect(lostSchema.safeParse({ reason: "other", detail: "two\nlines" }).success).toBe(false);
    expect(lostSchema.parse({ reason: "not-ready", detail: "typed before changing the reason" })).toEqual({ reason: "not-ready" });
  });
});

describe("follow-ups", () => {
  it("places presets on the center's wall clock", () => {
    // Tuesday 2026-12-01 10:00 PST.
    const now = new Date("2026-12-01T18:00:00Z");
    expect(presetTime("in-1-hour", now, LA)?.toISOString()).toBe("2026-12-01T19:00:00.000Z");
    expect(presetTime("this-evening", now, LA)?.toISOString()).toBe("2026-12-02T02:00:00.000Z");
    expect(presetTime("tomorrow-morning", now, LA)?.toISOString()).toBe("2026-12-02T17:00:00.000Z");
    // The same instant is already afternoon in New York.
    expect(presetTime("this-evening", now, NY)?.toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });

  it("drops 'this evening' once it is within the hour", () => {
    expect(availablePresets(new Date("2026-12-02T01:30:00Z"), LA)).toEqual(["in-1-hour", "tomorrow-morning"]);
    expect(presetTime("this-evening", new Date("2026-12-02T01:30:00Z"), LA)).toBeUndefined();
    // 11:30 PM: "tomorrow morning" is the next calendar day, not a few hours' sleep short of it.
    expect(presetTime("tomorrow-morning", new Date("2026-12-02T07:30:00Z"), LA)?.toISOString()).toBe("2026-12-02T17:00:00.000Z");
  });

  it("keeps 9 AM across the DST changes", () => {
    // Saturday before spring forward (Sunday 2026-03-08): 9 AM Sunday is PDT, UTC-7.
    expect(presetTime("tomorrow-morning", new Date("2026-03-07T20:00:00Z"), LA)?.toISOString()).toBe("2026-03-08T16:00:00.000Z");
    // Saturday before fall back (Sunday 2026-11-01): 9 AM Sunday is PST, UTC-8.
    expect(presetTime("tomorrow-morning", new Date("2026-10-31T20:00:00Z"), LA)?.toISOString()).toBe("2026-11-01T17:00:00.000Z");
    // "In 1 hour" is an hour of real time even across the change.
    expect(presetTime("in-1-hour", new Date("2026-03-08T09:30:00Z"), LA)?.toISOString()).toBe("2026-03-08T10:30:00.000Z");
  });

  it("reads a chosen time in the center's zone, refusing nonsense and the past", () => {
    const now = new Date("2026-03-07T20:00:00Z");
    expect(chosenTime("2026-03-09T08:15", now, LA)?.toISOString()).toBe("2026-03-09T15:15:00.000Z");
    // 2:30 AM does not exist on 2026-03-08 in Los Angeles: the clock shows 3:30 then.
    expect(chosenTime("2026-03-08T02:30", now, LA)?.toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(chosenTime("2026-02-31T09:00", now, LA)).toBeUndefined();
    expect(chosenTime("2026-03-07T11:00", now, LA)).toBeUndefined();
    expect(chosenTime("2026-07-07T11:00", now, LA)).toBeUndefined();
    expect(chosenTime("tomorrow", now, LA)).toBeUndefined();
    expect(toLocalInput(new Date("2026-03-09T15:15:00Z"), LA)).toBe("2026-03-09T08:15");
  });

  it("is due from its time and overdue after the callback grace", () => {
    const at = Date.UTC(2026, 11, 1, 18);
    expect(followUpState(null, at, 15)).toBe("none");
    expect(followUpState(at, at - 1, 15)).toBe("scheduled");
    expect(followUpState(at, at, 15)).toBe("due");
    expect(followUpState(at, at + 15 * MIN, 15)).toBe("due");
    expect(followUpState(at, at + 15 * MIN + 1, 15)).toBe("overdue");
  });
});
