import { center } from "@/lib/center";
import { telHref } from "@/lib/phone";
import { publicPaths } from "@/tests/support/site-pages";
import { expect, test } from "./fixtures";

for (const path of publicPaths()) {
  test(`${path} renders with one h1, a title, a description and the 24/7 phone link`, async ({
    page,
    foreignRequests,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(center.name));
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThan(40);
    await expect(page.locator(`a[href="${telHref(center.phones.admissions)}"]`).first()).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Crisis help" })).toContainText("988");
    await page.waitForLoadState("networkidle");
    expect(foreignRequests).toEqual([]);
  });
}

test("every internal link on every page answers 200", async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of publicPaths()) {
    await page.goto(path);
    const hrefs = await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    hrefs.forEach((href) => links.add(href.split("#")[0]));
  }
  const broken: string[] = [];
  for (const link of links) {
    const response = await request.get(link);
    if (response.status() !== 200) broken.push(`${link} → ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

test("an unknown address shows a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("couldn’t find");
  await expect(page.getByRole("link", { name: /Request a call/ }).first()).toBeVisible();
});
