import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loadEveryArticle } from "@/lib/articles/load";
import { addMonths, dateIn } from "@/lib/articles/review-due";
import { center } from "@/lib/center/schema";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { checkPage, completeSetup, newStaffContext, setupLink, type StaffUser } from "./staff/staff-pages";

/**
 * /staff/reviews on a server whose clock runs ahead to the day reviews are due in both
 * languages (no review is due today): an admin sees every article and Spanish twin with its
 * dates, the due ones first and marked in words; an admissions colleague is refused it as the
 * other admin pages refuse them; axe at 390 and 1280 px. The page is the same on either
 * engine: SQLite only.
 */
const articles = loadEveryArticle().map((article) => ({
  ...article,
  due: addMonths(article.meta.reviewed, center.articleReviewMonths),
}));
const firstDue = (locale: "en" | "es") =>
  articles
    .filter((a) => a.locale === locale)
    .map((a) => a.due)
    .sort()[0];
/** The first day on which at least one article in each language is due. */
const reviewDay = [firstDue("en"), firstDue("es")].sort()[1];
const dueCount = articles.filter((a) => a.due <= reviewDay).length;
/** Midday on that day, so it is that date where the center is too. */
const reviewInstant = new Date(`${reviewDay}T18:00:00Z`);
const clockAheadSeconds = Math.round((reviewInstant.getTime() - Date.now()) / 1000);

const ADMIN_PAGES = ["/staff/reviews", "/staff/team", "/staff/log"];

test.describe("article reviews in the staff inbox", () => {
  test.describe.configure({ mode: "default" });
  let server: StaffServer;
  let users: StaffUser[] = [];

  const signedUp = async (browser: Browser, email: string, name: string, role: string) => {
    const user = await newStaffContext(browser, server.origins, email, name);
    user.clockAheadSeconds = clockAheadSeconds;
    users.push(user);
    await completeSetup(user, setupLink(server.staff("add", email, "--role", role, "--name", name)));
    return user;
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    expect(dateIn(center.timeZone, reviewInstant)).toBe(reviewDay);
    const clock = pathToFileURL(path.resolve("tests/support/fake-clock.mjs")).href;
    server = await startStaffServer("sqlite", staffPortBase + 9, {
      env: {
        FAKE_CLOCK_OFFSET_MS: String(clockAheadSeconds * 1000),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${clock}`.trim(),
      },
    });
  });

  test.beforeEach(() => test.setTimeout(90_000));

  test.afterEach(async () => {
    const foreign = users.flatMap((user) => user.foreign);
    for (const user of users) await user.context.close();
    users = [];
    expect(foreign, "requests to anywhere but the site").toEqual([]);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test("an admin sees the articles due in both languages with their dates, due ones first", async ({ browser }) => {
    const { page } = await signedUp(browser, "robin@example.org", "Robin Admin", "admin");
    await page.getByRole("link", { name: "Article reviews" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Article reviews" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(`${dueCount} ${dueCount === 1 ? "review is" : "reviews are"} due as of ${reviewDay}.`);

    const rows = page.getByRole("region", { name: "Article review dates" }).getByRole("row");
    await expect(rows).toHaveCount(articles.length + 1);
    const statuses = await rows.locator("td:last-child").allTextContents();
    expect(statuses).toEqual([...Array(dueCount).fill("Due now"), ...Array(articles.length - dueCount).fill("Up to date")]);
    for (const article of articles) {
      const link = page.getByRole("link", { name: article.meta.title, exact: true });
      await expect(link).toHaveAttribute("href", article.paths[article.locale]);
      await expect(link).toHaveAttribute("lang", article.locale);
      const row = rows.filter({ has: link });
      await expect(row.getByRole("cell")).toHaveText([
        new RegExp(article.file.replace(/[.]/g, "\\.")),
        article.reviewer.name,
        article.meta.reviewed,
        article.due,
        article.due <= reviewDay ? "Due now" : "Up to date",
      ]);
    }
    for (const locale of ["en", "es"]) {
      await expect(rows.filter({ has: page.locator(`a[lang="${locale}"]`) }).filter({ hasText: "Due now" }).first()).toBeVisible();
    }
    await checkPage(page, "reviews", "test-results/staff-reviews");
  });

  test("an admissions colleague is refused it as every admin page refuses them, and isn't offered it", async ({ browser }) => {
    const { page } = await signedUp(browser, "alex@example.org", "Alex Rivera", "admissions");
    const nav = page.getByRole("navigation", { name: "Staff" });
    await expect(nav.getByRole("link", { name: "Inbox" })).toBeVisible();
    for (const name of ["Article reviews", "Staff accounts", "Access log"]) await expect(nav.getByRole("link", { name })).toHaveCount(0);

    const refusals: Array<{ status?: number; heading: string }> = [];
    for (const pagePath of ADMIN_PAGES) {
      const response = await page.goto(pagePath);
      refusals.push({ status: response?.status(), heading: await mainHeading(page) });
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    expect(refusals[0].status).toBe(404);
    expect(refusals).toEqual(ADMIN_PAGES.map(() => refusals[0]));

    const stranger = await browser.newContext({ baseURL: server.url });
    const signedOut = await stranger.request.get("/staff/reviews", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers().location).toBe("/staff/sign-in?next=%2Fstaff%2Freviews");
    await stranger.close();
  });
});

async function mainHeading(page: Page): Promise<string> {
  return (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
}
