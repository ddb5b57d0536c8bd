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

/** The weekday of `Date#getDay()`, which counts from Sunday = 0. */
export function weekdayOf(day: number): Weekday {
  return weekdays[(day + 6) % 7];
}
