import { TZDateMini } from "@date-fns/tz";
import { formatTime, timeZoneName } from "@/lib/hours";
import { dayNames, weekdayOf, type Weekday } from "@/lib/weekdays";

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

export function describeCallback(now: Date, center: CallbackCenter): CallbackWindow {
  const local = new TZDateMini(now.getTime(), center.timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const openNow = center.admissionsHours.some(
    (hours) =>
      hours.days.includes(weekdayOf(local.getDay())) &&
      toMinutes(hours.open) <= minute &&
      minute < toMinutes(hours.close),
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
        return hours.days.includes(weekdayOf(at.getDay())) && at.getTime() > now.getTime() ? at : undefined;
      })
      .filter((at) => at !== undefined)
      .sort((a, b) => a.getTime() - b.getTime());
    const next = openings[0];
    if (!next) continue;
    const day = dayOffset === 0 ? "today" : dayOffset === 1 ? "tomorrow" : `on ${dayNames[weekdayOf(next.getDay())]}`;
    return {
      openNow: false,
      text: `after ${formatTime(next.getHours(), next.getMinutes())} ${day} (${timeZoneName(center.timeZone)})`,
      nextOpen: new Date(next.getTime()),
    };
  }
  return { openNow: false, text: "as soon as admissions is open" };
}

/** "Mon, Nov 23, 2026, 2:05 PM PST" */
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
  const time = formatTime(local.getHours(), local.getMinutes());
  return `${part("weekday")}, ${part("month")} ${part("day")}, ${part("year")}, ${time} ${part("timeZoneName")}`;
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}
