import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addMonths, dateIn, reviewSchedule } from "@/lib/articles/review-due";

const article = (slug: string, reviewed: string, locale: "en" | "es" = "en") => ({
  file: locale === "es" ? `content/es/articulos/${slug}.mdx` : `content/articles/${slug}.mdx`,
  locale,
  paths: { en: `/articles/${slug}`, es: `/es/articulos/${slug}` },
  meta: { title: `Title of ${slug}`, reviewed },
  reviewer: { name: "Dana Whitfield" },
});
const slugOf = (entry: { file: string }) => entry.file.replace(/^.*\/|\.mdx$/g, "");

describe("review dates", () => {
  it("add months, keeping the day or falling back to the month's last day", () => {
    expect(addMonths("2026-03-15", 12)).toBe("2027-03-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("take today's date from the center's time zone, not the server's", () => {
    // 06:30 UTC on 1 March is still 28 February in Portland.
    const clock = new Date("2027-03-01T06:30:00Z");
    expect(dateIn("America/Los_Angeles", clock)).toBe("2027-02-28");
    expect(dateIn("UTC", clock)).toBe("2027-03-01");
  });

  it("list every article by its next review, marking those due on or before today", () => {
    const articles = [article("fresh", "2026-11-01"), article("old", "2025-12-04"), article("older", "2025-06-01")];
    const schedule = reviewSchedule(articles, 12, "2026-12-04");
    expect(schedule.map((e) => [slugOf(e), e.due, e.isDue])).toEqual([
      ["older", "2026-06-01", true],
      ["old", "2026-12-04", true],
      ["fresh", "2027-11-01", false],
    ]);
    expect(
      reviewSchedule(articles, 12, "2026-12-03")
        .filter((e) => e.isDue)
        .map(slugOf),
    ).toEqual(["older"]);
    expect(reviewSchedule(articles, 24, "2026-12-04").filter((e) => e.isDue)).toEqual([]);
  });

  it("date a Spanish twin by its own review, linking its own page", () => {
    const schedule = reviewSchedule(
      [article("fits", "2026-11-01"), article("encaja", "2025-11-20", "es")],
      12,
      "2026-12-04",
    );
    expect(schedule.map((e) => [e.file, e.path, e.isDue])).toEqual([
      ["content/es/articulos/encaja.mdx", "/es/articulos/encaja", true],
      ["content/articles/fits.mdx", "/articles/fits", false],
    ]);
  });
});

describe("npm run content -- review-due", () => {
  const root = path.resolve(__dirname, "../../..");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "--conditions", "react-server", "scripts/content.ts", ...args], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("exits 1 and names each due article on a day when reviews are due, 0 on a day when none are", () => {
    const late = run("review-due", "--on", "2099-01-01");
    expect(late.status, late.stderr).toBe(1);
    expect(late.stdout).toMatch(/article reviews are due as of 2099-01-01/);
    expect(late.stdout).toContain("content/articles/how-to-tell-if-iop-fits.mdx");
    expect(late.stdout).toContain("content/es/articulos/como-saber-si-el-iop-es-para-usted.mdx");

    const early = run("review-due", "--on", "2000-01-01");
    expect(early.status, early.stderr).toBe(0);
    expect(early.stdout).toMatch(/No article reviews are due as of 2000-01-01\. Next: /);
  }, 120_000);

  it("refuses a malformed date with the usage and exit 2", () => {
    const bad = run("review-due", "--on", "tomorrow");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage: npm run content");
  }, 60_000);
});
