import type { Page } from "@playwright/test";
import { expectFocusVisible, expectNoViolations, press, tabTo } from "@/tests/support/a11y";
import { forms } from "@/tests/support/audited-pages";
import { stampFormToken } from "@/tests/support/form-token";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { waitForValidationCode } from "./pages/validation-code";
import { acceptedCarrier } from "./pages/verify-insurance-page";

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

// Every page as it loads, at 1280 and 390 px, is scanned on the one walk of the site
// (pages.spec.ts); these are the states that only an interaction reaches.
test.describe("axe finds no WCAG 2.2 AA problems", () => {
  test("the phone menu, open", async ({ sharedPage: page }) => {
    await page.setViewportSize(phone);
    await page.goto("/");
    await page.locator("summary", { hasText: "Menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toBeVisible();
    await expectNoViolations(page, "menu open");
  });

  for (const { path, kind } of forms) {
    test(`${path} after an empty submit, with and without JavaScript`, async ({ page }) => {
      await page.setViewportSize(desktop);
      await page.goto(path);
      await waitForValidationCode(page);
      await page.locator("form button[type=submit]").click();
      await expect(page.locator("#form-errors")).toBeVisible();
      await expectNoViolations(page, "errors shown by the browser, 1280 px");
      await page.setViewportSize(phone);
      await expectNoViolations(page, "errors shown by the browser, 390 px");
      await expectErrorLinksReachFields(page);

      // Without JavaScript the server renders the errors. axe cannot run with JavaScript off,
      // so this page blocks the site's scripts instead.
      const noScript = await page.context().newPage();
      await noScript.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
      await noScript.setViewportSize(phone);
      await noScript.goto(path);
      await stampFormToken(noScript, kind);
      await noScript.locator("form button[type=submit]").click();
      await expect(noScript.locator("#form-errors li").first()).toBeVisible();
      // The answer is a new document: axe measured it once before its stylesheet had loaded
      // and found every link too small to tap.
      await noScript.waitForLoadState("load");
      await expectNoViolations(noScript, "errors shown by the server, 390 px");
      await expectErrorLinksReachFields(noScript);
    });
  }
});

/** Each entry in the error summary points at an element on the page. */
async function expectErrorLinksReachFields(page: Page) {
  const missing = await page
    .locator("#form-errors a")
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? "").filter((href) => !document.getElementById(href.slice(1))),
    );
  expect(missing, "error summary links without a target").toEqual([]);
}

test.describe("keyboard", () => {
  test("the phone menu opens, and its links are followed, with the keyboard", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/");
    const summary = page.locator("summary", { hasText: "Menu" });
    await tabTo(page, summary, 15);
    await page.keyboard.press("Enter");
    await expect(page.locator("details").filter({ has: summary })).toHaveAttribute("open", "");
    const menu = page.getByRole("navigation", { name: "Main" });
    await press(page, "Tab");
    const first = menu.getByRole("link").first();
    await expect(first).toBeFocused();
    const href = (await first.getAttribute("href")) ?? "";
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("verify insurance can be completed with the keyboard alone, focus always visible", async ({ page }) => {
    await page.goto("/verify-insurance");
    await waitForValidationCode(page);
    const { keyboard } = page;
    await page.getByLabel("Your name").focus();
    await expectFocusVisible(page);
    await keyboard.type("Robin Park");
    await press(page, "Tab");
    await keyboard.type(uniquePhone());
    await press(page, "Tab"); // email is optional
    await press(page, "Tab"); // Whose coverage: first radio, "Mine"
    await keyboard.press("Space");
    await press(page, "Tab"); // date of birth
    await keyboard.type("03141988");
    // Chromium's date field may hold one more stop, its calendar button.
    await tabTo(page, page.getByLabel("Insurance company", { exact: true }));
    await keyboard.type(acceptedCarrier.name);
    await press(page, "Tab"); // member ID
    await keyboard.type("KB123456");
    await press(page, "Tab"); // group number, optional
    await press(page, "Tab"); // policyholder: "The person who needs care"
    await keyboard.press("Space");
    await press(page, "Tab"); // second plan? no
    await press(page, "Tab"); // front photo, optional
    await expect(page.getByLabel("Photo of the front of the card")).toBeFocused();
    await press(page, "Tab"); // back photo, optional
    await press(page, "Tab"); // best time: first choice
    await keyboard.press("Space");
    await press(page, "Tab"); // voicemail: "Yes"
    await keyboard.press("Space");
    await press(page, "Tab"); // consent
    await keyboard.press("Space");
    await press(page, "Tab");
    await expect(page.getByRole("button", { name: "Check my insurance" })).toBeFocused();
    await expect(page.getByLabel("Date of birth of the person who needs care")).toHaveValue("1988-03-14");
    await expect(page.getByLabel("Insurance company", { exact: true })).toHaveValue(acceptedCarrier.id);
    await stampFormToken(page, "insurance-check");
    await keyboard.press("Enter");
    await expect(page).toHaveURL(/\/verify-insurance\/received\?ref=/);
  });

  test("request a call shows focus at every step of a keyboard-only request", async ({ page }) => {
    await page.goto("/request-a-call");
    await waitForValidationCode(page);
    const { keyboard } = page;
    await page.getByLabel("Your name").focus();
    await expectFocusVisible(page);
    await keyboard.type("Kai Moreno");
    await press(page, "Tab");
    await keyboard.type(uniquePhone());
    await press(page, "Tab"); // email is optional
    await press(page, "Tab"); // Who: "Myself"
    await keyboard.press("Space");
    await press(page, "Tab"); // Best time
    await keyboard.press("Space");
    await press(page, "Tab"); // note
    await keyboard.type("Keyboard only.");
    await press(page, "Tab"); // voicemail: "Yes", then "No"
    await press(page, "ArrowRight");
    await press(page, "Tab"); // text: "Yes"
    await keyboard.press("Space");
    await press(page, "Tab"); // consent to be called
    await keyboard.press("Space");
    await press(page, "Tab"); // optional SMS consent
    await press(page, "Tab");
    await expect(page.getByRole("button", { name: "Request a call" })).toBeFocused();
    await stampFormToken(page, "call-request");
    await keyboard.press("Enter");
    await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
  });
});

test.describe("reduced motion", () => {
  /** The longest transition or animation on the page, in seconds, pseudo-elements included. */
  async function longestMotion(page: Page): Promise<number> {
    return page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(
          0,
          ...value.split(",").map((part) => (part.trim().endsWith("ms") ? 0.001 : 1) * Number.parseFloat(part)),
        );
      let longest = 0;
      for (const element of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(element, pseudo);
          longest = Math.max(longest, seconds(style.transitionDuration), seconds(style.animationDuration));
        }
      }
      return longest;
    });
  }

  test("with prefers-reduced-motion, nothing moves and scrolling jumps", async ({ sharedPage: page }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto("/");
    // The site does use motion otherwise, so the check below is not vacuous.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
    expect(await longestMotion(page)).toBeGreaterThan(0.01);

    await page.emulateMedia({ reducedMotion: "reduce" });
    for (const path of ["/", "/request-a-call"]) {
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), path).not.toBe(
        "smooth",
      );
      expect(await longestMotion(page), path).toBeLessThanOrEqual(0.01);
    }
  });
});
