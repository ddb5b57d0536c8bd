import { TZDateMini } from "@date-fns/tz";

/**
 * "Try again at …": when the next call to a request is due. Presets are wall-clock times in
 * the center's time zone (this evening is 6 PM there, tomorrow morning 9 AM), so a DST change
 * overnight still lands on the hour people meant. Pure, for the server and the inbox's browser
 * code alike.
 */
export const FOLLOW_UP_PRESETS = ["in-1-hour", "this-evening", "tomorrow-morning"] as const;
export type FollowUpPreset = (typeof FOLLOW_UP_PRESETS)[number];

export const presetLabels: Record<FollowUpPreset, string> = {
  "in-1-hour": "In 1 hour",
  "this-evening": "This evening (6 PM)",
  "tomorrow-morning": "Tomorrow morning (9 AM)",
};

const EVENING_HOUR = 18;
const MORNING_HOUR = 9;
const HOUR = 3_600_000;
/** A chosen time may be this far ahead at most; further out is a different conversation. */
const FOLLOW_UP_MAX_DAYS = 60;

function localAt(now: Date, timeZone: string, dayOffset: number, hour: number): Date {
  const local = new TZDateMini(now.getTime(), timeZone);
  return new Date(new TZDateMini(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, hour, 0, timeZone).getTime());
}

/** The presets that are still ahead: "this evening" goes once it is within the hour. */
export function availablePresets(now: Date, timeZone: string): FollowUpPreset[] {
  return FOLLOW_UP_PRESETS.filter((p) => p !== "this-evening" || localAt(now, timeZone, 0, EVENING_HOUR).getTime() - now.getTime() >= HOUR);
}

export function presetTime(preset: FollowUpPreset, now: Date, timeZone: string): Date | undefined {
  if (!availablePresets(now, timeZone).includes(preset)) return undefined;
  if (preset === "in-1-hour") return new Date(now.getTime() + HOUR);
  if (preset === "this-evening") return localAt(now, timeZone, 0, EVENING_HOUR);
  return localAt(now, timeZone, 1, MORNING_HOUR);
}

/**
 * A `datetime-local` value ("2026-03-08T09:30") read as a wall-clock time in the center's
 * zone. A time skipped by the spring-forward change resolves to the same instant the clock
 * would show an hour later; undefined for nonsense, the past, or more than the limit ahead.
 */
export function chosenTime(value: string, now: Date, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const at = new TZDateMini(year, month - 1, day, hour, minute, timeZone);
  // February 31st rolls over into March: refused, not moved.
  if (at.getMonth() !== month - 1 || at.getDate() !== day) return undefined;
  const ms = at.getTime();
  if (Number.isNaN(ms) || ms < now.getTime() - 60_000 || ms > now.getTime() + FOLLOW_UP_MAX_DAYS * 24 * HOUR) return undefined;
  return new Date(ms);
}

export type FollowUpState = "none" | "scheduled" | "due" | "overdue";

/** Due from its time; overdue once it has waited longer than the callback the center promises. */
export function followUpState(followUpAt: number | null | undefined, now: number, graceMinutes: number): FollowUpState {
  if (followUpAt === null || followUpAt === undefined) return "none";
  if (now < followUpAt) return "scheduled";
  return now - followUpAt > graceMinutes * 60_000 ? "overdue" : "due";
}

/** The value for a `datetime-local` input showing `date` in the center's zone. */
export function toLocalInput(date: Date, timeZone: string): string {
  const local = new TZDateMini(date.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}T${two(local.getHours())}:${two(local.getMinutes())}`;
}
