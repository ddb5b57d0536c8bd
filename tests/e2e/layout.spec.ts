import { expect, test } from "./fixtures";

test("the skip link is the first stop for the keyboard and jumps to the main content", async ({ page }) => {
  await page.goto("/what-is-iop");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("without JavaScript on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the menu opens and its links work", async ({ page }) => {
    await page.goto("/");
    const menu = page.locator("details").filter({ has: page.getByText("Menu", { exact: true }) });
    await expect(menu.getByRole("link", { name: "For families" })).toBeHidden();
    await menu.locator("summary").click();
    await menu.getByRole("link", { name: "For families" }).click();
    await expect(page).toHaveURL(/\/for-families$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
