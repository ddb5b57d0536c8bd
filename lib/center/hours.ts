import { TZDateMini } from "@date-fns/tz";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The days of the week, Monday first as the schedule reads them. Plain, without zod, so the
 * client bundles that format times can use it too.
 */
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

export const dayNames: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** Spanish day names are lower case in running text. */
const dayNamesEs: Record<Weekday, string> = {
  mon: "lunes",
  tue: "martes",
  wed: "miércoles",
  thu: "jueves",
  fri: "viernes",
  sat: "sábado",
  sun: "domingo",
};

export function dayNamesIn(locale: Locale): Record<Weekday, string> {
  return locale === "es" ? dayNamesEs : dayNames;
}

/** The weekday of `Date#getDay()`, which counts from Sunday = 0. */
function weekdayOf(day: number): Weekday {
  return weekdays[(day + 6) % 7];
}

/** "14:00" → "2 PM"; "08:30" → "8:30 AM". (Not "p.m.": it would double the period at the end of a sentence.) */
export function formatClock(clock: string, locale: Locale = "en"): string {
  const [hours, minutes] = clock.split(":").map(Number);
  return formatTime(hours, minutes, locale);
}

/** Spanish in the US writes "8 a. m." (RAE's spacing). */
function formatTime(hours: number, minutes: number, locale: Locale = "en"): string {
  const suffix = locale === "es" ? (hours < 12 ? "a. m." : "p. m.") : hours < 12 ? "AM" : "PM";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

/** ["mon","tue","wed"] → "Monday to Wednesday"; ["sat","sun"] → "Saturday and Sunday". */
export function formatDays(days: readonly Weekday[], locale: Locale = "en"): string {
  const names = dayNamesIn(locale);
  const [to, and] = locale === "es" ? ["a", "y"] : ["to", "and"];
  const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const consecutive = sorted.every((d, i) => i === 0 || weekdays.indexOf(d) === weekdays.indexOf(sorted[i - 1]) + 1);
  if (sorted.length > 2 && consecutive) return `${names[sorted[0]]} ${to} ${names[sorted.at(-1)!]}`;
  const list = sorted.map((d) => names[d]);
  return list.length <= 2 ? list.join(` ${and} `) : `${list.slice(0, -1).join(", ")} ${and} ${list.at(-1)}`;
}

/**
 * Closes a sentence that may end in a time: Spanish "8 p. m." already ends in its period,
 * and a second one would read "p. m..".
 */
export function endSentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

export function formatRange(open: string, close: string, locale: Locale = "en"): string {
  return locale === "es"
    ? `de ${formatClock(open, locale)} a ${formatClock(close, locale)}`
    : `${formatClock(open)} to ${formatClock(close)}`;
}

export function describeHours(hours: CallbackCenter["admissionsHours"], locale: Locale = "en"): string {
  return hours.map((h) => `${formatDays(h.days, locale)}, ${formatRange(h.open, h.close, locale)}`).join("; ");
}

/** "America/Los_Angeles" → "Pacific Time" ("hora del Pacífico"), for labels people recognize. */
export function timeZoneName(timeZone: string, locale: Locale = "en"): string {
  const part = new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { timeZone, timeZoneName: "longGeneric" })
    .formatToParts(new Date())
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/**
 * When admissions will call back, in words a visitor can trust: shown on the confirmation
 * screen and in the admissions email. Plain and pure so the client bundle can use it too;
 * TZDateMini does the time-zone arithmetic, so DST changes land on the right hour.
 */

/** What this needs from the center; lib/center/schema.ts `center` and the raw config both fit. */
export type CallbackCenter = {
  timeZone: string;
  callbackMinutes: number;
  admissionsHours: ReadonlyArray<{ days: readonly Weekday[]; open: string; close: string }>;
};

export type CallbackWindow = { openNow: boolean; text: string; nextOpen?: Date };

export function describeCallback(now: Date, center: CallbackCenter, locale: Locale = "en"): CallbackWindow {
  const es = locale === "es";
  const local = new TZDateMini(now.getTime(), center.timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const openNow = center.admissionsHours.some(
    (hours) =>
      hours.days.includes(weekdayOf(local.getDay())) &&
      toMinutes(hours.open) <= minute &&
      minute < toMinutes(hours.close),
  );
  if (openNow)
    return {
      openNow,
      text: es ? `en unos ${center.callbackMinutes} minutos` : `within about ${center.callbackMinutes} minutes`,
    };

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
    const weekday = dayNamesIn(locale)[weekdayOf(next.getDay())];
    const time = formatTime(next.getHours(), next.getMinutes(), locale);
    const zone = timeZoneName(center.timeZone, locale);
    if (es) {
      const day = dayOffset === 0 ? "hoy" : dayOffset === 1 ? "mañana" : `el ${weekday}`;
      const at = next.getHours() === 1 ? "la" : "las";
      return { openNow: false, text: `${day} después de ${at} ${time} (${zone})`, nextOpen: new Date(next.getTime()) };
    }
    const day = dayOffset === 0 ? "today" : dayOffset === 1 ? "tomorrow" : `on ${weekday}`;
    return { openNow: false, text: `after ${time} ${day} (${zone})`, nextOpen: new Date(next.getTime()) };
  }
  return { openNow: false, text: es ? "en cuanto abra admisiones" : "as soon as admissions is open" };
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
