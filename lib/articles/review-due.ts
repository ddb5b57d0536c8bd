/** When each article's next clinical review falls due, as plain dates in the center's time zone. */

type Reviewable = { slug: string; meta: { title: string; reviewed: string }; reviewer: { name: string } };

export type ReviewEntry = {
  slug: string;
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
        slug: a.slug,
        title: a.meta.title,
        reviewer: a.reviewer.name,
        reviewed: a.meta.reviewed,
        due,
        isDue: due <= today,
      };
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.slug.localeCompare(b.slug));
}
