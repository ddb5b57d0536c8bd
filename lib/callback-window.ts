import { TZDateMini } from "@date-fns/tz";
import type { Weekday } from "@/lib/center-schema";

/**
 * When admissions will call back, in words a visitor can trust: shown on the confirmation
 * screen and in the admissions email. Plain and pure so the client bundle can use it too;
 * TZDateMini does the time-zone arithmetic, so DST changes land on the right hour.
 */

/** What this needs from the center; lib/center.ts `center` and the raw config both fit. */
export type CallbackCenter = {
  timeZone: string;
  callbackMinutes: number;
  admissionsHours: ReadonlyArray<{ days: readonly Weekday[]; open: string; close: string }>;
};

export type CallbackWindow = { openNow: boolean; text: string; nextOpen?: Date };

const DAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function describeCallback(now: Date, center: CallbackCenter): CallbackWindow {
  const local = new TZDateMini(now.getTime(), center.timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const openNow = center.admissionsHours.some(
    (hours) =>
      hours.days.includes(DAYS[local.getDay()]) && toMinutes(hours.open) <= minute && minute < toMinutes(hours.close),
  );
  if (openNow) return { openNow, text: `within about ${center.callbackMinutes} minutes` };

  for (let dayOffset = 0; dayOffset <= 7; dayOffset++) {
    const openings = center.admissionsHours
      .map((hours) => {
        const [h, m] = hours.open.split(":").map(Number);
        const at = new TZDateMini(
          local.getFullYear(),
          local.getMonth(),
          local.getDate() + dayOffset,
          h,
          m,
          center.timeZone,
        );
        return hours.days.includes(DAYS[at.getDay()]) && at.getTime() > now.getTime() ? at : undefined;
      })
      .filter((at) => at !== undefined)
      .sort((a, b) => a.getTime() - b.getTime());
    const next = openings[0];
    if (!next) continue;
    const day = dayOffset === 0 ? "today" : dayOffset === 1 ? "tomorrow" : `on ${DAY_NAMES[next.getDay()]}`;
    return {
      openNow: false,
      text: `after ${clockTime(next.getHours(), next.getMinutes())} ${day} (${zoneName(next, center.timeZone)})`,
      nextOpen: new Date(next.getTime()),
    };
  }
  return { openNow: false, text: "as soon as admissions is open" };
}

/** "Mon, Nov 23, 2026, 2:05 p.m. PST" */
export function formatInCenterZone(date: Date, center: { timeZone: string }): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: center.timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZoneName: "short",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const local = new TZDateMini(date.getTime(), center.timeZone);
  const time = clockTime(local.getHours(), local.getMinutes());
  return `${part("weekday")}, ${part("month")} ${part("day")}, ${part("year")}, ${time} ${part("timeZoneName")}`;
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

/** "8:00 a.m.", "12:30 p.m." (AP style, as the rest of the site writes times) */
function clockTime(hours: number, minutes: number): string {
  const h12 = ((hours + 11) % 12) + 1;
  return `${h12}:${String(minutes).padStart(2, "0")} ${hours < 12 ? "a.m." : "p.m."}`;
}

/** "Pacific time" */
function zoneName(date: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")?.value;
  return (name ?? timeZone).replace(/ Time$/, " time");
}
