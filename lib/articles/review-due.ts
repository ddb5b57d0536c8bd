import type { Locale } from "@/lib/i18n/locales";

/**
 * When each article's next clinical review falls due, as plain dates in the center's time zone.
 * A Spanish twin is reviewed on its own, so it falls due on its own date.
 */

type Reviewable = {
  file: string;
  locale: Locale;
  paths: Record<Locale, string>;
  meta: { title: string; reviewed: string };
  reviewer: { name: string };
};

export type ReviewEntry = {
  /** The article's file (content/articles/… or content/es/articulos/…), for the editor. */
  file: string;
  /** Its page, and the language of its title. */
  path: string;
  locale: Locale;
  title: string;
  reviewer: string;
  reviewed: string;
  /** The date the next review is due (ISO). */
  due: string;
  /** Whether `due` is today or earlier. */
  isDue: boolean;
};

/** An ISO date `months` later; the 31st of a shorter month becomes its last day, as people expect. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Today's date where the center is, so a review falls due at the center's midnight, not the server's. */
export function dateIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Every article with its next review date, the most urgent first. */
export function reviewSchedule(articles: Reviewable[], intervalMonths: number, today: string): ReviewEntry[] {
  return articles
    .map((a) => {
      const due = addMonths(a.meta.reviewed, intervalMonths);
      return {
        file: a.file,
        path: a.paths[a.locale],
        locale: a.locale,
        title: a.meta.title,
        reviewer: a.reviewer.name,
        reviewed: a.meta.reviewed,
        due,
        isDue: due <= today,
      };
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.file.localeCompare(b.file));
}
