/**
 * The editor's view of the articles (`npm run content -- help`). Reads the same files and
 * config the build does, so an article it accepts is one the build accepts.
 */
import { printTable, runCommand } from "./operator-command";
import { z } from "zod";
import { loadEveryArticle } from "@/lib/articles/load";
import { dateIn, reviewSchedule } from "@/lib/articles/review-due";
import { center } from "@/lib/center/schema";

const USAGE = `Usage: npm run content -- <command>

  review-due [--on YYYY-MM-DD]   articles (English and Spanish) whose clinical review is due (every ${center.articleReviewMonths} months,
                                 lib/center/config.ts articleReviewMonths), as of today in the
                                 center's time zone or the given date; exit 1 if any are due (for monitors)

Exit codes: 0 nothing due, 1 reviews due, 2 bad usage.`;

const EXIT = { ok: 0, due: 1, usage: 2 } as const;

function reviewDue(on: string): number {
  const schedule = reviewSchedule(loadEveryArticle(), center.articleReviewMonths, on);
  const due = schedule.filter((entry) => entry.isDue);
  if (!due.length) {
    const next = schedule[0];
    console.log(`No article reviews are due as of ${on}.${next ? ` Next: ${next.file} on ${next.due}.` : ""}`);
    return EXIT.ok;
  }
  console.log(`${due.length} article review${due.length === 1 ? " is" : "s are"} due as of ${on}:`);
  printTable(
    ["due since", "last reviewed", "reviewer", "article"],
    due.map((entry) => [entry.due, entry.reviewed, entry.reviewer, entry.file]),
  );
  return EXIT.due;
}

async function main([command, ...rest]: string[]): Promise<number> {
  if (command === "review-due") {
    if (!rest.length) return reviewDue(dateIn(center.timeZone, new Date()));
    if (rest.length === 2 && rest[0] === "--on" && z.iso.date().safeParse(rest[1]).success) return reviewDue(rest[1]);
  }
  console.error(USAGE);
  return command === "help" || command === undefined ? EXIT.ok : EXIT.usage;
}

runCommand(main, async () => undefined);
