import type { Center } from "@/lib/center-schema";
import { dayNames, weekdays, type Weekday } from "@/lib/weekdays";

/** "14:00" → "2 PM"; "08:30" → "8:30 AM". (Not "p.m.": it would double the period at the end of a sentence.) */
export function formatClock(clock: string): string {
  const [hours, minutes] = clock.split(":").map(Number);
  return formatTime(hours, minutes);
}

export function formatTime(hours: number, minutes: number): string {
  const suffix = hours < 12 ? "AM" : "PM";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

/** ["mon","tue","wed"] → "Monday to Wednesday"; ["sat","sun"] → "Saturday and Sunday". */
export function formatDays(days: readonly Weekday[]): string {
  const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const consecutive = sorted.every((d, i) => i === 0 || weekdays.indexOf(d) === weekdays.indexOf(sorted[i - 1]) + 1);
  if (sorted.length > 2 && consecutive) return `${dayNames[sorted[0]]} to ${dayNames[sorted.at(-1)!]}`;
  const names = sorted.map((d) => dayNames[d]);
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function formatRange(open: string, close: string): string {
  return `${formatClock(open)} to ${formatClock(close)}`;
}

export function describeHours(hours: Center["admissionsHours"]): string {
  return hours.map((h) => `${formatDays(h.days)}, ${formatRange(h.open, h.close)}`).join("; ");
}

/** "America/Los_Angeles" → "Pacific Time", for labels people recognize. */
export function timeZoneName(timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" })
    .formatToParts(new Date())
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
